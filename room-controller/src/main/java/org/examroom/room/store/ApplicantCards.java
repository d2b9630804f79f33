package org.examroom.room.store;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Cards registered to applicants, kept by the card's HMAC ({@code auth.CardSecret}) and never by its id. An applicant
 * holds at most one card and a card has at most one holder; a replaced or voided card stays on record as void.
 */
public final class ApplicantCards {

    private ApplicantCards() {
    }

    /** What registering a card changed. */
    public sealed interface Registration {
        /** The applicant held no card; now this one. */
        record Registered() implements Registration {
        }

        /** The applicant's previous card is void; this one stands in its place. */
        record Replaced() implements Registration {
        }

        /** The applicant holds this very card already: nothing changed. */
        record Unchanged() implements Registration {
        }

        /** Another applicant holds this card: nothing changed. */
        record HeldByOther(String applicantId) implements Registration {
        }
    }

    /** One of the applicant's keys that are not replaced: what a card stands for. */
    public record Key(String keyHash, String keyNumber, String attemptId, Optional<Instant> usedAt, Optional<String> usedBy) {
        public boolean unused() {
            return usedAt.isEmpty();
        }
    }

    /** The applicant who holds the card with this HMAC, if anyone does. */
    public static Optional<String> holder(DbExecute ex, String cardHash) {
        return ex.namedGet("card-holder", cardHash).map(r -> Rows.string(r, "APPLICANT_ID"));
    }

    /** Whether the applicant holds a card now. */
    public static boolean holdsCard(DbExecute ex, String applicantId) {
        return ex.namedGet("card-of-applicant", applicantId).isPresent();
    }

    /** Registers the card to the applicant, voiding the card they held before. */
    public static Registration register(DbExecute tx, String applicantId, String cardHash, Instant now, String by) {
        Optional<String> holder = holder(tx, cardHash);
        if (holder.isPresent()) {
            return holder.get().equals(applicantId) ? new Registration.Unchanged() : new Registration.HeldByOther(holder.get());
        }
        boolean replaced = voidCard(tx, applicantId, now, by);
        tx.namedInsert("card-insert", applicantId, cardHash, cardHash, applicantId, now.toEpochMilli(), by);
        return replaced ? new Registration.Replaced() : new Registration.Registered();
    }

    /** Voids the applicant's card; false when they held none. */
    public static boolean voidCard(DbExecute tx, String applicantId, Instant now, String by) {
        return tx.namedUpdate("card-void", now.toEpochMilli(), by, applicantId) > 0;
    }

    /** The applicant's keys that were not replaced or revoked, newest first. */
    public static List<Key> keysOf(DbExecute ex, String applicantId) {
        try (Stream<DbRow> rows = ex.namedQuery("keys-of-applicant", applicantId)) {
            return rows.map(r -> new Key(Rows.string(r, "KEY_HASH"), Rows.string(r, "KEY_NUMBER"), Rows.string(r, "ATTEMPT_ID"),
                    Rows.instant(r, "USED_AT"), Rows.optionalString(r, "USED_BY"))).toList();
        }
    }
}
