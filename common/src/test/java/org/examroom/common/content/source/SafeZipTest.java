package org.examroom.common.content.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.ContentRefusedException;
import org.examroom.common.content.Fixtures;
import org.examroom.common.content.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeZipTest {

    @Test
    void entriesClimbingOutOfThePackageAreRefusedByName() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", new byte[] {'<', 'a', '/', '>'});
        entries.put("items/../../etc/cron.d/evil", new byte[] {1});
        ImportResult result = ContentImporter.importFile(write(entries));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.construct()).isEqualTo("zip entry");
            assertThat(p.message()).contains("items/../../etc/cron.d/evil", "path traversal");
        });
    }

    @Test
    void absoluteAndWindowsPathsAreRefused() {
        assertThatThrownBy(() -> SafeZip.checkedName("/etc/passwd")).isInstanceOf(ContentRefusedException.class);
        assertThatThrownBy(() -> SafeZip.checkedName("C:/Windows/x")).isInstanceOf(ContentRefusedException.class);
        assertThatThrownBy(() -> SafeZip.checkedName("a\\..\\b")).isInstanceOf(ContentRefusedException.class);
    }

    @Test
    void aGigabyteBombIsStoppedLongBeforeItIsInflated(@TempDir Path folder) throws IOException {
        Path bomb = folder.resolve("bomb.zip");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).as("a 1 GB entry squeezed into about a megabyte").isLessThan(2L << 20);
        CountingStream counted = new CountingStream(Files.newInputStream(bomb));
        assertThatThrownBy(() -> SafeZip.read(counted, ZipLimits.DEFAULT))
                .isInstanceOf(ContentRefusedException.class)
                .hasMessageContaining("inflates more than");
        assertThat(counted.read).as("compressed bytes read before stopping").isLessThan(64 * 1024);
        assertThat(ContentImporter.importFile(bomb).problems()).singleElement()
                .satisfies(p -> assertThat(p.construct()).isEqualTo("zip bomb"));
    }

    @Test
    void aTruncatedZipIsRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", "<manifest/>".repeat(1000).getBytes());
        byte[] whole = Fixtures.zip(entries);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 3);
        assertThatThrownBy(() -> SafeZip.read(new java.io.ByteArrayInputStream(cut), ZipLimits.DEFAULT))
                .isInstanceOf(ContentRefusedException.class);
    }

    private static Path write(Map<String, byte[]> entries) {
        try {
            Path file = Files.createTempFile("examroom", ".zip");
            file.toFile().deleteOnExit();
            Files.write(file, Fixtures.zip(entries));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b >= 0 ? 1 : 0;
            return b;
        }
    }

}
