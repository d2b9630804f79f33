package org.examroom.room.sync;

/**
 * The way to the office. One chunk per call; the answer says whether the office holds it now.
 */
public interface SyncTransport {

    /** A chunk as sent: the body exactly as signed, and its signature. */
    record Envelope(String site, long no, String body, String signature) {
    }

    Delivery deliver(Envelope envelope);

    /** What became of one delivery. */
    sealed interface Delivery {
        /** The office holds the chunk (stored now, or already before: {@code duplicate}). */
        record Acknowledged(boolean duplicate) implements Delivery {
        }

        /** The office refused the chunk; {@code reason} is its wire name (docs/office.md). */
        record Refused(String reason, String detail) implements Delivery {
        }

        /** The office could not be reached or did not answer properly; try again later. */
        record Unreachable(String detail) implements Delivery {
        }
    }
}
