package org.examroom.common.content.source;

/**
 * How much a zip may unpack to. Counted on the bytes actually inflated, not on the sizes the zip declares, so a
 * lying header cannot get past them.
 *
 * @param maxRatio most uncompressed bytes per compressed byte, checked once a megabyte has been inflated
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    /** Generous for exam content with images and audio, small enough for a room controller's memory. */
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 128L << 20, 512L << 20, 200);
}
