package org.examroom.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that links one audit entry to the one before it: SHA-256 over the previous hash and the
 * entry's fields, one per line. Any change, insertion or removal breaks every hash after it.
 */
public final class AuditChain {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash an entry with these fields must have after {@code prevHash}. */
    public static String hashOf(long seq, Instant at, String actor, String origin, String action, String subject,
            String details, String prevHash) {
        String canonical = String.join("\n", prevHash, Long.toString(seq), Long.toString(at.toEpochMilli()),
                actor, origin, action, subject, details);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
