package org.examroom.common.content.qti;

import static org.examroom.common.content.qti.Dom.attr;
import static org.examroom.common.content.qti.Dom.child;
import static org.examroom.common.content.qti.Dom.children;
import static org.examroom.common.content.qti.Dom.name;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examroom.common.content.AssessmentTest;
import org.examroom.common.content.ContentFormat;
import org.examroom.common.content.ContentRefusedException;
import org.examroom.common.content.ImportProblem;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.Item;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.content.source.PackagePaths;
import org.examroom.common.content.source.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Imports QTI: a single item or test file (its items read from beside it), or an IMS content package whose
 * {@code imsmanifest.xml} lists items and tests. Every refusal names the file, the item and the construct.
 */
public final class QtiImporter {

    private final String file;
    private final SourceFiles files;
    private final Map<String, Item> itemsByPath = new LinkedHashMap<>();
    private final List<AssessmentTest> tests = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private String version = "";

    private QtiImporter(String file, SourceFiles files) {
        this.file = file;
        this.files = files;
    }

    /** The QTI version of a root element by its namespace: {@code 2.1}; empty when it is not QTI 2 or 3. */
    public static Optional<String> version(Element root) {
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        if (namespace.contains("imsqti_v2p0")) {
            return Optional.of("2.0");
        }
        if (namespace.contains("imsqti_v2p1")) {
            return Optional.of("2.1");
        }
        if (namespace.contains("imsqti_v2p2")) {
            return Optional.of("2.2");
        }
        if (namespace.contains("imsqtiasi_v3p0") || namespace.contains("imsqti_asiv3p0")) {
            return Optional.of("3.0");
        }
        return Optional.empty();
    }

    /** Imports a parsed item or test file; {@code siblings} gives the files it refers to. */
    public static ImportResult importDocument(String file, Element root, SourceFiles siblings) {
        QtiImporter importer = new QtiImporter(file, siblings);
        importer.version = version(root).orElse("");
        importer.document(file, root);
        return importer.result(ContentFormat.QTI);
    }

    /** Imports an IMS content package already unpacked (safely) into its entries. */
    public static ImportResult importPackage(String file, Map<String, byte[]> entries) {
        QtiImporter importer = new QtiImporter(file, SourceFiles.of(entries));
        importer.manifest(entries);
        return importer.result(ContentFormat.QTI_PACKAGE);
    }

    private ImportResult result(ContentFormat format) {
        return new ImportResult(file, format, version, List.copyOf(itemsByPath.values()), tests, media, problems);
    }

    private void manifest(Map<String, byte[]> entries) {
        byte[] manifest = entries.get("imsmanifest.xml");
        if (manifest == null) {
            problems.add(new ImportProblem(file, "", "imsmanifest.xml",
                    "the package has no imsmanifest.xml at its root"));
            return;
        }
        Element root;
        try {
            root = SafeXml.parse(manifest).getDocumentElement();
        } catch (ContentRefusedException e) {
            problems.add(new ImportProblem(file + "!imsmanifest.xml", "", e.construct(), e.getMessage()));
            return;
        }
        if (!name(root).equals("manifest")) {
            problems.add(new ImportProblem(file + "!imsmanifest.xml", "", name(root), "not an IMS manifest"));
            return;
        }
        Element resources = child(root, "resources");
        List<Element> list = resources == null ? List.of() : children(resources, "resource");
        List<String> testPaths = new ArrayList<>();
        List<String> itemPaths = new ArrayList<>();
        for (Element resource : list) {
            String type = attr(resource, "type");
            String id = attr(resource, "identifier");
            for (Element fileElement : children(resource, "file")) {
                String href = attr(fileElement, "href");
                Optional<String> path = PackagePaths.resolve("imsmanifest.xml", href);
                if (path.isEmpty() || !entries.containsKey(path.get())) {
                    problems.add(new ImportProblem("imsmanifest.xml", id, "resource file",
                            "resource " + id + " lists " + href + ", which is not in the package"));
                }
            }
            if (!type.startsWith("imsqti_item") && !type.startsWith("imsqti_test")
                    && !type.startsWith("imsqti_assessment")) {
                continue;
            }
            String href = attr(resource, "href");
            if (href.isBlank() && child(resource, "file") != null) {
                href = attr(child(resource, "file"), "href");
            }
            Optional<String> path = PackagePaths.resolve("imsmanifest.xml", href);
            if (path.isEmpty() || !entries.containsKey(path.get())) {
                problems.add(new ImportProblem("imsmanifest.xml", id, "resource href",
                        "resource " + id + " points to " + href + ", which is not in the package"));
                continue;
            }
            (type.startsWith("imsqti_item") ? itemPaths : testPaths).add(path.get());
        }
        for (String path : testPaths) {
            parseAndImport(path);
        }
        for (String path : itemPaths) {
            if (!itemsByPath.containsKey(path)) {
                parseAndImport(path);
            }
        }
        if (testPaths.isEmpty() && itemPaths.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem("imsmanifest.xml", "", "resources", "the manifest lists no QTI item or test"));
        }
    }

    private void parseAndImport(String path) {
        Optional<byte[]> bytes = files.read(path);
        if (bytes.isEmpty()) {
            problems.add(new ImportProblem(path, "", "file", "the file is missing"));
            return;
        }
        try {
            Element root = SafeXml.parse(bytes.get()).getDocumentElement();
            if (version.isEmpty()) {
                version = version(root).orElse("");
            }
            document(path, root);
        } catch (ContentRefusedException e) {
            problems.add(e.toProblem(path));
        }
    }

    private void document(String path, Element root) {
        if (version(root).isEmpty()) {
            problems.add(new ImportProblem(path, attr(root, "identifier"), name(root),
                    "not in a QTI 2.x or 3.0 namespace (" + root.getNamespaceURI() + ")"));
            return;
        }
        switch (name(root)) {
            case "assessmentItem" -> item(path, root);
            case "assessmentTest" -> test(path, root);
            default -> problems.add(new ImportProblem(path, attr(root, "identifier"), name(root),
                    "neither a QTI item nor a test"));
        }
    }

    private Optional<Item> item(String path, Element root) {
        if (itemsByPath.containsKey(path)) {
            return Optional.of(itemsByPath.get(path));
        }
        try {
            QtiItemReader.Read read = QtiItemReader.read(root, path, files);
            Item item = read.item();
            problems.addAll(read.mediaProblems());
            itemsByPath.put(path, item);
            for (String medium : item.media()) {
                files.read(medium).ifPresent(bytes -> media.put(medium, bytes));
            }
            return Optional.of(item);
        } catch (ContentRefusedException e) {
            problems.add(e.toProblem(path));
            return Optional.empty();
        }
    }

    private void test(String path, Element root) {
        String testId = attr(root, "identifier");
        List<AssessmentTest.Part> parts = new ArrayList<>();
        try {
            for (Element part : children(root, "testPart")) {
                List<AssessmentTest.Section> sections = new ArrayList<>();
                for (Element section : children(part, "assessmentSection")) {
                    sections.add(section(path, testId, section));
                }
                parts.add(new AssessmentTest.Part(attr(part, "identifier"), sections));
            }
        } catch (ContentRefusedException e) {
            problems.add(e.toProblem(path));
            return;
        }
        tests.add(new AssessmentTest(testId, attr(root, "title"), path, parts));
    }

    private AssessmentTest.Section section(String path, String testId, Element section) throws ContentRefusedException {
        List<AssessmentTest.SectionPart> children = new ArrayList<>();
        for (Element child : children(section)) {
            switch (name(child)) {
                case "assessmentSection" -> children.add(section(path, testId, child));
                case "assessmentItemRef" -> itemRef(path, child).ifPresent(children::add);
                case "assessmentSectionRef" -> throw new ContentRefusedException(testId, "assessmentSectionRef",
                        "sections kept in other files are not supported");
                case "branchRule", "preCondition" -> throw new ContentRefusedException(testId, name(child),
                        "adaptive test paths are not supported: every applicant of a variant sees the same items");
                default -> {
                    // selection, ordering, rubricBlock, itemSessionControl, timeLimits: read below or not scored.
                }
            }
        }
        Element selection = child(section, "selection");
        Optional<Integer> select = selection == null ? Optional.empty()
                : Optional.of(Dom.integer(selection, "select", 0));
        Element ordering = child(section, "ordering");
        return new AssessmentTest.Section(attr(section, "identifier"), attr(section, "title"), children, select,
                ordering != null && Dom.flag(ordering, "shuffle", false));
    }

    private Optional<AssessmentTest.ItemRef> itemRef(String testPath, Element ref) {
        String href = attr(ref, "href");
        String refId = attr(ref, "identifier");
        BigDecimal weight = BigDecimal.ONE;
        List<Element> weights = children(ref, "weight");
        if (!weights.isEmpty()) {
            try {
                weight = new BigDecimal(attr(weights.getFirst(), "value").trim());
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(testPath, refId, "weight", "weight '"
                        + attr(weights.getFirst(), "value") + "' is not a number"));
            }
        }
        Optional<String> path = PackagePaths.resolve(testPath, href);
        if (path.isEmpty() || files.read(path.get()).isEmpty()) {
            problems.add(new ImportProblem(testPath, refId, "assessmentItemRef",
                    "the item file " + href + " is not in the package"));
            return Optional.empty();
        }
        if (!itemsByPath.containsKey(path.get())) {
            parseAndImport(path.get());
        }
        Item item = itemsByPath.get(path.get());
        if (item == null) {
            return Optional.empty();
        }
        return Optional.of(new AssessmentTest.ItemRef(refId, path.get(), item.id(), weight));
    }
}
