package org.examroom.common.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.examroom.common.content.gift.GiftImporter;
import org.examroom.common.content.moodle.MoodleXmlImporter;
import org.examroom.common.content.qti.QtiImporter;
import org.examroom.common.content.source.SafeXml;
import org.examroom.common.content.source.SafeZip;
import org.examroom.common.content.source.ZipLimits;
import org.w3c.dom.Element;

/**
 * Imports a content file whatever its format: a zip is an IMS content package, XML is QTI or Moodle XML by its root
 * element, other text is GIFT. Nothing is executed and nothing is fetched from the network.
 */
public final class ContentImporter {

    private static final System.Logger LOG = System.getLogger(ContentImporter.class.getName());

    /** Larger single files are refused before they are read: no exam question is 64 MB of XML. */
    private static final long MAX_FILE_BYTES = 64L << 20;

    private ContentImporter() {
    }

    /** Imports the file; the files beside it are reachable only for references that stay in its folder. */
    public static ImportResult importFile(Path path) {
        ImportResult result = read(path);
        LOG.log(System.Logger.Level.DEBUG, () -> result.file() + ": " + result.format().label() + ", "
                + result.items().size() + " items, " + result.problems().size() + " refusals");
        return result;
    }

    private static ImportResult read(Path path) {
        String file = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return refused(file, "file", "a folder, not a content file");
            }
            if (!isZip(path) && Files.size(path) > MAX_FILE_BYTES) {
                return refused(file, "file", "larger than " + (MAX_FILE_BYTES >> 20) + " MB");
            }
            if (isZip(path)) {
                try (var in = Files.newInputStream(path)) {
                    return importPackage(file, SafeZip.read(in, ZipLimits.DEFAULT));
                } catch (ContentRefusedException e) {
                    return ImportResult.refused(file, ContentFormat.QTI_PACKAGE, e.toProblem(file));
                }
            }
            Path folder = path.toAbsolutePath().getParent();
            return importBytes(path.getFileName().toString(), file, Files.readAllBytes(path), SourceFiles.under(folder));
        } catch (IOException e) {
            return refused(file, "file", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Imports content held in memory; {@code name} is the file's name, used in reports and to resolve the references
     * of a QTI test to the files beside it in {@code siblings}.
     */
    public static ImportResult importBytes(String name, byte[] content, SourceFiles siblings) {
        return importBytes(name, name, content, siblings);
    }

    private static ImportResult importBytes(String localName, String file, byte[] content, SourceFiles siblings) {
        if (startsWithZipMagic(content)) {
            try {
                return importPackage(file, SafeZip.read(new ByteArrayInputStream(content), ZipLimits.DEFAULT));
            } catch (ContentRefusedException e) {
                return ImportResult.refused(file, ContentFormat.QTI_PACKAGE, e.toProblem(file));
            }
        }
        if (!looksLikeXml(content)) {
            return GiftImporter.importText(localName, content).withFile(file);
        }
        Element root;
        try {
            root = SafeXml.parse(content).getDocumentElement();
        } catch (ContentRefusedException e) {
            return ImportResult.refused(file, ContentFormat.UNKNOWN, e.toProblem(file));
        }
        String rootName = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
        return switch (rootName) {
            case "quiz" -> MoodleXmlImporter.importDocument(localName, root).withFile(file);
            case "assessmentItem", "assessmentTest", "qti-assessment-item", "qti-assessment-test" ->
                    QtiImporter.importDocument(localName, root, siblings).withFile(file);
            case "questestinterop" -> refused(file, "QTI 1.x", "QTI 1.x (questestinterop) is not supported;"
                    + " export as QTI 2.1 or later");
            case "manifest" -> refused(file, "imsmanifest.xml", "a manifest on its own; import the whole package zip");
            default -> refused(file, rootName, "neither QTI nor Moodle XML");
        };
    }

    private static ImportResult importPackage(String file, Map<String, byte[]> entries) {
        return QtiImporter.importPackage(file, entries);
    }

    private static ImportResult refused(String file, String construct, String message) {
        return ImportResult.refused(file, ContentFormat.UNKNOWN, new ImportProblem(file, "", construct, message));
    }

    private static boolean isZip(Path path) throws IOException {
        try (var in = Files.newInputStream(path)) {
            return startsWithZipMagic(in.readNBytes(4));
        }
    }

    private static boolean startsWithZipMagic(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean looksLikeXml(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF) {
            i = 3;
        }
        if (content.length >= 2 && ((content[0] & 0xff) == 0xFE || (content[0] & 0xff) == 0xFF)) {
            return true;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }
}
