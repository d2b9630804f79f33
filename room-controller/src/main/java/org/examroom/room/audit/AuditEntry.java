package org.examroom.room.audit;

import java.time.Instant;
import org.examroom.common.audit.AuditChain;

/**
 * One line of the audit trail. {@code hash} links it to the previous entry ({@link AuditChain}), so the
 * chain proves that nothing was changed, inserted or removed.
 *
 * @param actor   who: {@code staff:<id>}, {@code terminal:<id>}, {@code applicant:<id>} or {@code system}
 * @param origin  from where: the console's or terminal's address, or {@code local}
 * @param action  what, e.g. {@code staff.login}, {@code terminal.paired}, {@code key.issued}
 * @param subject what it was done to, e.g. an attempt or terminal id
 * @param details a short JSON object with the rest; never a password, key or token
 */
public record AuditEntry(long seq, Instant at, String actor, String origin, String action, String subject,
        String details, String prevHash, String hash) {

    /** The hash before the first entry. */
    public static final String GENESIS = AuditChain.GENESIS;

    /** The hash an entry with these fields must have. */
    public static String hashOf(long seq, Instant at, String actor, String origin, String action, String subject,
            String details, String prevHash) {
        return AuditChain.hashOf(seq, at, actor, origin, action, subject, details, prevHash);
    }

    /** Whether the stored hash matches the fields and the given previous hash. */
    public boolean intact(String expectedPrevHash) {
        return prevHash.equals(expectedPrevHash)
                && hash.equals(hashOf(seq, at, actor, origin, action, subject, details, prevHash));
    }
}
