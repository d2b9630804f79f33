package org.examroom.console.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examroom.common.proctoring.ProctoringPreset;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The room controller's staff API as the console uses it. Every call blocks until the controller has answered
 * (view models call it off the UI thread) and either returns what the controller said or throws
 * {@link StaffApiException} with its reason.
 */
public interface StaffApi extends StaffLogin {

    // ---- the values the controller answers with

    /**
     * An exam as defined on the controller; {@code scheduledStart} is an instant, shown in Moscow and local time;
     * {@code proctoring} is the preset its terminals' face checks go by.
     */
    record Exam(String id, String subject, String programme, Instant scheduledStart, int durationMinutes, int passMark,
                int maxScore, String policy, List<String> variants, ProctoringPreset proctoring) {
    }

    /** One applicant's attempt at an exam. */
    record Attempt(String id, String applicantId, String examId, String state, Optional<String> roomId,
                   Optional<String> seat, Optional<String> variantId, Optional<String> terminalId) {
    }

    /** An applicant as registered: the name as in the passport and the document. */
    record Applicant(String id, String fullName, String shortName, String documentKind, String documentNumber,
                     long extraMinutes, boolean hasCard) {
    }

    /** The decision on an admission, by the exam's policy, with its reason in both languages. */
    record Admission(String decision, String explanationRu, String explanationEn, Attempt attempt, boolean actRequired) {
        public String explanation(String language) {
            return "en".equals(language) ? explanationEn : explanationRu;
        }
    }

    /** A key just issued: shown once, for the slip; the controller keeps only its hash. */
    record IssuedKey(String key, String keyNumber, Attempt attempt) {
    }

    /** The room map at one version. */
    record LiveRoom(long version, String roomId, Instant at, long wrongKeysLast10Minutes, boolean wrongKeyAlert,
                    boolean keyEntryPaused, List<LiveSeat> seats) {
    }

    /** One seat of the room map: who sits there, how their attempt stands, and how their terminal answers. */
    record LiveSeat(String seat, int row, int column, Optional<String> attemptId, Optional<String> state,
                    Optional<String> applicant, Optional<String> variantId, OptionalLong remainingSeconds,
                    Optional<String> terminalId, Optional<Boolean> online, Optional<Instant> lastSeen,
                    Optional<String> status, OptionalLong clockOffsetMs, OptionalLong helpRequest, int flags,
                    Optional<String> lastFlag, List<String> setupNotes) {
        public LiveSeat {
            setupNotes = List.copyOf(setupNotes);
        }
    }

    /** An attempt's record: its events and evidence, oldest first. */
    record Timeline(Attempt attempt, List<Event> events, List<Evidence> evidence) {
        /** One transition or note. */
        public record Event(String type, Instant at, String actor, String from, String to, String data) {
        }

        /** A photo or proctoring snapshot kept for the attempt. */
        public record Evidence(long id, String kind, Instant at, boolean hasFile, String details) {
        }
    }

    /** The sealed package's identity, checked again by the controller on every call. */
    record PackageIdentity(String examId, String title, List<String> variants, int items, String fingerprint,
                           String shortFingerprint, Instant sealedAt, String signer, boolean sealsIntact,
                           boolean unsealed) {
    }

    /** What an import of applicants did, row by row. */
    record ImportReport(int accepted, int registrations, List<Rejection> rejected) {
        public record Rejection(int row, String field, String message) {
        }
    }

    /** Works handed in against applicants present. */
    record Reconciliation(int registered, int present, int absent, int worksHandedIn, int removed,
                          int technicalFailures, int notFinished, boolean reconciled) {
    }

    /** One attempt's result. */
    record Result(String attemptId, String applicantId, String status, OptionalInt points, Optional<Boolean> passed,
                  String pointsInWordsRu, String pointsInWordsEn) {
    }

    /** Where sending to the central office stands. */
    record SyncStatus(boolean configured, int pendingChunks, int sentChunks, int acknowledgedChunks,
                      int unacknowledgedAttempts, Optional<Instant> lastAcknowledged, Optional<String> lastProblem,
                      Optional<String> warningRu, Optional<String> warningEn) {
    }

    /** A one-time pairing code for a terminal at a seat. */
    record PairingCode(String code, Instant expiresAt) {
    }

    /** Someone who came into the room: an observer, an inspector, a member of the committee. */
    record Observer(long id, String fullName, String role, String organisation, Instant enteredAt,
                    Optional<Instant> leftAt) {
    }

    /** The works waiting for the committee's marks, known only by their ciphers. */
    record Grading(List<Work> works, int unfinished) {
        /** One applicant's work, by its cipher. */
        public record Work(String cipher, int gradersNeeded, boolean complete, List<OpenAnswer> items) {
        }

        /** An open answer to mark: the item's text, what the applicant wrote, and the marks given so far. */
        public record OpenAnswer(String itemId, String prompt, java.math.BigDecimal maxScore, String response,
                                 List<Mark> marks, boolean discrepancy, boolean complete,
                                 Optional<java.math.BigDecimal> finalScore) {
        }

        /** A grader's mark. */
        public record Mark(String grader, java.math.BigDecimal score) {
        }
    }

    /** An appeal, on the procedure or on the result, with its decision once there is one. */
    record Appeal(String id, String attemptId, String kind, String text, Instant filedAt, String filedBy,
                  Optional<Instant> deadline, Optional<Decision> decision) {
        /** The committee's decision; {@code pointsAfter} when an upheld appeal on the result changed them. */
        public record Decision(String outcome, String reason, Instant decidedAt, String decidedBy,
                               OptionalInt pointsBefore, OptionalInt pointsAfter) {
        }
    }

    /** What came of moving an applicant: the attempt now, whom it swapped with, neighbours left on its variant. */
    record SeatChange(Attempt attempt, Optional<String> swappedWith, List<String> sameVariantNeighbours) {
    }

    /** One line of the review list: an attempt's trust score from the face checks' events and what made it. */
    record Review(String attemptId, String applicant, Optional<String> seat, String state, double trustScore,
                  java.util.Map<String, Double> shares, int events) {
    }

    /** Extra draft sheets handed to an applicant, as the log keeps them. */
    record DraftSheets(String attemptId, String applicantId, int sheets, Instant issuedAt, String issuedBy) {
    }

    // ---- the calls

    void signOut() throws StaffApiException;

    List<Exam> exams() throws StaffApiException;

    List<Attempt> attempts(String examId) throws StaffApiException;

    /** By document number or the start of the surname (at least two characters). */
    List<Applicant> applicants(String query) throws StaffApiException;

    Applicant applicant(String id) throws StaffApiException;

    /** Registers the applicant's card (its id as the reader gives it); a new card voids the old one. */
    void registerCard(String applicantId, String cardId) throws StaffApiException;

    /** Applicants and registrations from a CSV file as the admissions office exports it. */
    ImportReport importApplicants(String csv) throws StaffApiException;

    /** Defines (or redefines) a rectangular room. */
    void defineRoom(String roomId, String name, int rows, int columns) throws StaffApiException;

    /** Seats every registered applicant of the exam in the rooms, spreading the variants; returns how many were seated. */
    int seat(String examId, List<String> rooms) throws StaffApiException;

    /** Moves an applicant, before the key is issued, to a free seat or by swapping with one who may move too. */
    SeatChange moveSeat(String attemptId, String roomId, String seat) throws StaffApiException;

    Optional<PackageIdentity> packageIdentity(String examId) throws StaffApiException;

    PackageIdentity uploadPackage(String examId, byte[] sealedPackage) throws StaffApiException;

    PackageIdentity unseal(String examId, String unsealKey) throws StaffApiException;

    /** Admits with the passport checked; {@code consent} answers a policy that needs the applicant's consent. */
    Admission admit(String attemptId, Optional<Boolean> consent) throws StaffApiException;

    /** Issues the access key; a re-issue needs a reason and voids the previous key. */
    IssuedKey issueKey(String attemptId, Optional<String> reason) throws StaffApiException;

    void revokeKey(String attemptId) throws StaffApiException;

    Attempt markAbsent(String attemptId) throws StaffApiException;

    void pause(String attemptId, String reason) throws StaffApiException;

    void resume(String attemptId) throws StaffApiException;

    void extend(String attemptId, int minutes, String reason) throws StaffApiException;

    void remove(String attemptId, String actNumber, String rule, String reason) throws StaffApiException;

    void technicalFailure(String attemptId, String description) throws StaffApiException;

    void exit(String attemptId) throws StaffApiException;

    void returned(String attemptId) throws StaffApiException;

    void message(String attemptId, String text) throws StaffApiException;

    void closeHelp(long helpRequest) throws StaffApiException;

    /** Lets key entry go on in a room where a burst of wrong keys paused it. */
    void releaseKeyEntry(String roomId) throws StaffApiException;

    /** The room map; with {@code since} above zero, waits (up to 25 s) for a newer version first. */
    LiveRoom live(String roomId, long since) throws StaffApiException;

    Timeline timeline(String attemptId) throws StaffApiException;

    /** The JPEG of one piece of evidence; each viewing goes on the audit trail. */
    byte[] evidence(long id) throws StaffApiException;

    Reconciliation reconciliation(String examId) throws StaffApiException;

    List<Observer> observers(String roomId) throws StaffApiException;

    void observerEntered(String roomId, String fullName, String role, String organisation) throws StaffApiException;

    void observerLeft(String roomId, long entry) throws StaffApiException;

    void draftSheets(String attemptId, int sheets) throws StaffApiException;

    /** The exam's log of extra draft sheets issued. */
    List<DraftSheets> draftSheetLog(String examId) throws StaffApiException;

    /** Grades every finished attempt of the exam and answers the results. */
    List<Result> grade(String examId) throws StaffApiException;

    List<Result> results(String examId) throws StaffApiException;

    /** The works awaiting manual marks, by cipher; no applicant's name or id is in it. */
    Grading grading(String examId) throws StaffApiException;

    /** This committee member's mark for one open answer of the work with that cipher. */
    void mark(String examId, String cipher, String itemId, java.math.BigDecimal score) throws StaffApiException;

    /** Links ciphers to applicants once every work has its marks, and writes the final points; answers how many works. */
    int decode(String examId) throws StaffApiException;

    List<Appeal> appeals(String examId) throws StaffApiException;

    /** Files an appeal: {@code PROCEDURE} (the same day) or {@code RESULT} (within the exam's window after publication). */
    Appeal fileAppeal(String attemptId, String kind, String text) throws StaffApiException;

    /** Decides an appeal: {@code REJECTED} or {@code UPHELD}, with new points for an upheld appeal on the result. */
    Appeal decideAppeal(String appealId, String outcome, String reason, OptionalInt newPoints) throws StaffApiException;

    /** The attempts that began, lowest trust score first, for the committee to look at the doubtful ones first. */
    List<Review> review(String examId) throws StaffApiException;

    SyncStatus syncStatus() throws StaffApiException;

    SyncStatus syncNow() throws StaffApiException;

    PairingCode pairingCode(String roomId, String seat) throws StaffApiException;

    /** A document the controller makes (a PDF), by its path under {@code /api/v1/}. */
    byte[] document(String path) throws StaffApiException;
}
