package org.examroom.central.intake;

/** Why a chunk was refused; the wire name goes into the problem detail and the refused-chunk record. */
public enum Refusal {
    /** The site is not registered at the office. */
    UNKNOWN_SITE("unknown-site"),
    /** The signature does not match the body and the site's registered key: changed on the way or forged. */
    BAD_SIGNATURE("bad-signature"),
    /** The body is not a chunk this office understands. */
    MALFORMED("malformed"),
    /** A chunk number was skipped: an earlier chunk has not arrived yet. */
    OUT_OF_ORDER("out-of-order"),
    /** A chunk number already accepted, but with a different body. */
    CONFLICTING_DUPLICATE("conflicting-duplicate"),
    /** The chunk does not name the previous accepted chunk as its predecessor. */
    BROKEN_CHUNK_CHAIN("broken-chunk-chain"),
    /** An audit entry does not continue the site's hash chain: edited, inserted or removed at the room. */
    BROKEN_AUDIT_CHAIN("broken-audit-chain");

    private final String wireName;

    Refusal(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
