package org.examroom.room.store;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.examroom.common.policy.ManualGradingPolicy;

/**
 * Works graded anonymously (SPbGUPTD 4.21): each work handed in gets a cipher such as {@code M7-4KQ2}, random and
 * unique within its exam; graders' marks are kept by cipher only. A work is decoded once its result is final.
 */
public final class WorkCiphers {

    /** Letters and digits that cannot be mistaken for one another on paper: no 0/O, 1/I. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkCiphers() {
    }

    /** A work's cipher, and when it was decoded (linked to its applicant) if it was. */
    public record Cipher(String attemptId, String applicantId, String cipher, Instant assignedAt, Optional<Instant> decodedAt) {
        public boolean decoded() {
            return decodedAt.isPresent();
        }
    }

    /** A grader's mark of one item of a work. */
    public record StoredMark(String cipher, String itemId, String graderId, String graderName, int markNo, BigDecimal score,
                             Instant markedAt) {
        public ManualGradingPolicy.Mark mark() {
            return new ManualGradingPolicy.Mark(graderId, score);
        }
    }

    /** The exam's ciphers, ordered by cipher (so their order says nothing of the applicants). */
    public static List<Cipher> ofExam(DbExecute ex, String examId) {
        try (Stream<DbRow> rows = ex.namedQuery("ciphers-of-exam", examId)) {
            return rows.map(r -> new Cipher(Rows.string(r, "ATTEMPT_ID"), Rows.string(r, "APPLICANT_ID"), Rows.string(r, "CIPHER"),
                    Rows.instant(r, "ASSIGNED_AT").orElseThrow(), Rows.instant(r, "DECODED_AT"))).toList();
        }
    }

    /** The exam's ciphers by attempt id. */
    public static Map<String, Cipher> byAttempt(DbExecute ex, String examId) {
        Map<String, Cipher> map = new LinkedHashMap<>();
        ofExam(ex, examId).forEach(c -> map.put(c.attemptId(), c));
        return map;
    }

    /** Gives a cipher to each of the attempts that has none yet. */
    public static void assign(DbExecute tx, String examId, List<String> attemptIds, Instant now) {
        Map<String, Cipher> existing = byAttempt(tx, examId);
        Set<String> taken = new HashSet<>();
        existing.values().forEach(c -> taken.add(c.cipher()));
        for (String attemptId : attemptIds) {
            if (existing.containsKey(attemptId)) {
                continue;
            }
            String cipher;
            do {
                cipher = generate();
            } while (!taken.add(cipher));
            tx.namedInsert("cipher-insert", attemptId, examId, cipher, now.toEpochMilli());
        }
    }

    /** Links the work's cipher to its applicant: its result is final and its marks no longer change. */
    public static void decode(DbExecute tx, String attemptId, Instant now, String by) {
        tx.namedUpdate("cipher-decode", now.toEpochMilli(), by, attemptId);
    }

    /** Every mark given in the exam, by cipher and item, in the order graders first marked each item. */
    public static Map<String, List<StoredMark>> marks(DbExecute ex, String examId) {
        Map<String, List<StoredMark>> marks = new LinkedHashMap<>();
        try (Stream<DbRow> rows = ex.namedQuery("marks-of-exam", examId)) {
            rows.forEach(r -> {
                StoredMark m = new StoredMark(Rows.string(r, "CIPHER"), Rows.string(r, "ITEM_ID"), Rows.string(r, "GRADER_ID"),
                        Rows.string(r, "GRADER_NAME"), Rows.intValue(r, "MARK_NO"), new BigDecimal(Rows.string(r, "SCORE")),
                        Rows.instant(r, "MARKED_AT").orElseThrow());
                marks.computeIfAbsent(key(m.cipher(), m.itemId()), k -> new ArrayList<>()).add(m);
            });
        }
        return marks;
    }

    /** The key of {@link #marks}: one item of one work. */
    public static String key(String cipher, String itemId) {
        return cipher + "/" + itemId;
    }

    /** Records a grader's mark, or changes it when the grader has marked the item before. */
    public static void putMark(DbExecute tx, String examId, String cipher, String itemId, String graderId, String graderName,
                               BigDecimal score, List<StoredMark> before, Instant now) {
        boolean own = before.stream().anyMatch(m -> m.graderId().equals(graderId));
        if (own) {
            tx.namedUpdate("mark-update", score.toPlainString(), now.toEpochMilli(), examId, cipher, itemId, graderId);
        } else {
            int next = before.stream().mapToInt(StoredMark::markNo).max().orElse(0) + 1;
            tx.namedInsert("mark-insert", examId, cipher, itemId, graderId, graderName, next, score.toPlainString(), now.toEpochMilli());
        }
    }

    private static String generate() {
        StringBuilder b = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 2) {
                b.append('-');
            }
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }
}
