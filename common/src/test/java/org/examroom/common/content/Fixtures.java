package org.examroom.common.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The project's own small content fixtures, under src/test/resources/content. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/content/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the fixture as if it were a file of that name with nothing beside it. */
    public static ImportResult importFixture(String path) {
        return ContentImporter.importBytes(path.substring(path.lastIndexOf('/') + 1), bytes(path), SourceFiles.none());
    }

    public static Item onlyItem(String path) {
        ImportResult result = importFixture(path);
        if (!result.isWhole() || result.items().size() != 1) {
            throw new AssertionError(path + ": " + result.problems());
        }
        return result.items().getFirst();
    }

    /** A zip of the given entries, in order, written without any of the checks the reader makes. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
