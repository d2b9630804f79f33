package org.examroom.common.content.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.examroom.common.content.ContentRefusedException;

/**
 * Unpacks a zip into memory, refusing entries that would escape the package ({@code ../}, absolute paths, drive
 * letters, backslashes), duplicate names, and archives that inflate beyond {@link ZipLimits}; a bomb is stopped
 * as soon as a limit is crossed, not after it has been inflated.
 */
public final class SafeZip {

    private static final int MEGABYTE = 1 << 20;

    private SafeZip() {
    }

    /** The files of the zip by their path inside it, in archive order; folders are left out. */
    public static Map<String, byte[]> read(InputStream zip, ZipLimits limits) throws ContentRefusedException {
        CountingInputStream counted = new CountingInputStream(zip);
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw refuse("zip bomb", "more than " + limits.maxEntries() + " entries");
                }
                String name = checkedName(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
                long size = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (size > limits.maxEntryBytes()) {
                        throw refuse("zip bomb", "entry " + name + " inflates beyond " + mb(limits.maxEntryBytes()));
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw refuse("zip bomb", "the archive inflates beyond " + mb(limits.maxTotalBytes()));
                    }
                    if (total > MEGABYTE && total / Math.max(1, counted.count) > limits.maxRatio()) {
                        throw refuse("zip bomb", "entry " + name + " inflates more than " + limits.maxRatio()
                                + " times its compressed size");
                    }
                    content.write(buffer, 0, read);
                }
                if (files.putIfAbsent(name, content.toByteArray()) != null) {
                    throw refuse("zip entry", "the archive holds " + name + " twice");
                }
            }
        } catch (ZipException e) {
            throw refuse("zip", "not a readable zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw refuse("zip", "the archive is cut short or damaged: " + e.getMessage());
        }
        if (entries == 0) {
            throw refuse("zip", "not a zip archive, or an empty one");
        }
        return Collections.unmodifiableMap(files);
    }

    /** The entry's name if it stays inside the package; a refusal naming it otherwise. */
    static String checkedName(String name) throws ContentRefusedException {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0 || name.startsWith("/")
                || name.matches("^[A-Za-z]:.*")) {
            throw refuse("zip entry", "entry '" + name + "' has an absolute or unsafe path");
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw refuse("zip entry", "entry '" + name + "' points outside the package (path traversal)");
            }
        }
        return name.startsWith("./") ? name.substring(2) : name;
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    private static ContentRefusedException refuse(String construct, String message) {
        return new ContentRefusedException("", construct, message);
    }

    /** Counts the compressed bytes read, to compare with what they inflate to. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
