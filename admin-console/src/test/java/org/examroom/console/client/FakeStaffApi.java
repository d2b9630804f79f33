package org.examroom.console.client;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A controller for view-model tests: every call fails unless a test overrides it with what it needs. */
public abstract class FakeStaffApi implements StaffApi {

    @Override
    public CompletableFuture<Outcome> signIn(String login, char[] password) {
        return CompletableFuture.completedFuture(new Outcome.Refused("not in this test"));
    }

    @Override
    public void signOut() throws StaffApiException {
        throw new UnsupportedOperationException("signOut is not part of this test");
    }

    @Override
    public List<Exam> exams() throws StaffApiException {
        throw new UnsupportedOperationException("exams is not part of this test");
    }

    @Override
    public List<Attempt> attempts(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("attempts is not part of this test");
    }

    @Override
    public List<Applicant> applicants(String query) throws StaffApiException {
        throw new UnsupportedOperationException("applicants is not part of this test");
    }

    @Override
    public Applicant applicant(String id) throws StaffApiException {
        throw new UnsupportedOperationException("applicant is not part of this test");
    }

    @Override
    public ImportReport importApplicants(String csv) throws StaffApiException {
        throw new UnsupportedOperationException("importApplicants is not part of this test");
    }

    @Override
    public void defineRoom(String roomId, String name, int rows, int columns) throws StaffApiException {
        throw new UnsupportedOperationException("defineRoom is not part of this test");
    }

    @Override
    public int seat(String examId, List<String> rooms) throws StaffApiException {
        throw new UnsupportedOperationException("seat is not part of this test");
    }

    @Override
    public Optional<PackageIdentity> packageIdentity(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("packageIdentity is not part of this test");
    }

    @Override
    public PackageIdentity uploadPackage(String examId, byte[] sealedPackage) throws StaffApiException {
        throw new UnsupportedOperationException("uploadPackage is not part of this test");
    }

    @Override
    public PackageIdentity unseal(String examId, String unsealKey) throws StaffApiException {
        throw new UnsupportedOperationException("unseal is not part of this test");
    }

    @Override
    public Admission admit(String attemptId, Optional<Boolean> consent) throws StaffApiException {
        throw new UnsupportedOperationException("admit is not part of this test");
    }

    @Override
    public IssuedKey issueKey(String attemptId, Optional<String> reason) throws StaffApiException {
        throw new UnsupportedOperationException("issueKey is not part of this test");
    }

    @Override
    public void revokeKey(String attemptId) throws StaffApiException {
        throw new UnsupportedOperationException("revokeKey is not part of this test");
    }

    @Override
    public Attempt markAbsent(String attemptId) throws StaffApiException {
        throw new UnsupportedOperationException("markAbsent is not part of this test");
    }

    @Override
    public void pause(String attemptId, String reason) throws StaffApiException {
        throw new UnsupportedOperationException("pause is not part of this test");
    }

    @Override
    public void resume(String attemptId) throws StaffApiException {
        throw new UnsupportedOperationException("resume is not part of this test");
    }

    @Override
    public void extend(String attemptId, int minutes, String reason) throws StaffApiException {
        throw new UnsupportedOperationException("extend is not part of this test");
    }

    @Override
    public void remove(String attemptId, String actNumber, String rule, String reason) throws StaffApiException {
        throw new UnsupportedOperationException("remove is not part of this test");
    }

    @Override
    public void technicalFailure(String attemptId, String description) throws StaffApiException {
        throw new UnsupportedOperationException("technicalFailure is not part of this test");
    }

    @Override
    public void exit(String attemptId) throws StaffApiException {
        throw new UnsupportedOperationException("exit is not part of this test");
    }

    @Override
    public void returned(String attemptId) throws StaffApiException {
        throw new UnsupportedOperationException("returned is not part of this test");
    }

    @Override
    public void message(String attemptId, String text) throws StaffApiException {
        throw new UnsupportedOperationException("message is not part of this test");
    }

    @Override
    public void closeHelp(long helpRequest) throws StaffApiException {
        throw new UnsupportedOperationException("closeHelp is not part of this test");
    }

    @Override
    public LiveRoom live(String roomId, long since) throws StaffApiException {
        throw new UnsupportedOperationException("live is not part of this test");
    }

    @Override
    public Timeline timeline(String attemptId) throws StaffApiException {
        throw new UnsupportedOperationException("timeline is not part of this test");
    }

    @Override
    public byte[] evidence(long id) throws StaffApiException {
        throw new UnsupportedOperationException("evidence is not part of this test");
    }

    @Override
    public Reconciliation reconciliation(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("reconciliation is not part of this test");
    }

    @Override
    public List<Observer> observers(String roomId) throws StaffApiException {
        throw new UnsupportedOperationException("observers is not part of this test");
    }

    @Override
    public void observerEntered(String roomId, String fullName, String role, String organisation) throws StaffApiException {
        throw new UnsupportedOperationException("observerEntered is not part of this test");
    }

    @Override
    public void observerLeft(String roomId, long entry) throws StaffApiException {
        throw new UnsupportedOperationException("observerLeft is not part of this test");
    }

    @Override
    public void draftSheets(String attemptId, int sheets) throws StaffApiException {
        throw new UnsupportedOperationException("draftSheets is not part of this test");
    }

    @Override
    public List<Result> grade(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("grade is not part of this test");
    }

    @Override
    public List<Result> results(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("results is not part of this test");
    }

    @Override
    public SyncStatus syncStatus() throws StaffApiException {
        throw new UnsupportedOperationException("syncStatus is not part of this test");
    }

    @Override
    public SyncStatus syncNow() throws StaffApiException {
        throw new UnsupportedOperationException("syncNow is not part of this test");
    }

    @Override
    public PairingCode pairingCode(String roomId, String seat) throws StaffApiException {
        throw new UnsupportedOperationException("pairingCode is not part of this test");
    }

    @Override
    public byte[] document(String path) throws StaffApiException {
        throw new UnsupportedOperationException("document is not part of this test");
    }

    @Override
    public Grading grading(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("grading is not part of this test");
    }

    @Override
    public void mark(String examId, String cipher, String itemId, java.math.BigDecimal score) throws StaffApiException {
        throw new UnsupportedOperationException("mark is not part of this test");
    }

    @Override
    public int decode(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("decode is not part of this test");
    }

    @Override
    public List<Appeal> appeals(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("appeals is not part of this test");
    }

    @Override
    public Appeal fileAppeal(String attemptId, String kind, String text) throws StaffApiException {
        throw new UnsupportedOperationException("fileAppeal is not part of this test");
    }

    @Override
    public Appeal decideAppeal(String appealId, String outcome, String reason, java.util.OptionalInt newPoints) throws StaffApiException {
        throw new UnsupportedOperationException("decideAppeal is not part of this test");
    }

    @Override
    public SeatChange moveSeat(String attemptId, String roomId, String seat) throws StaffApiException {
        throw new UnsupportedOperationException("moveSeat is not part of this test");
    }

    @Override
    public void registerCard(String applicantId, String cardId) throws StaffApiException {
        throw new UnsupportedOperationException("registerCard is not part of this test");
    }

    @Override
    public void releaseKeyEntry(String roomId) throws StaffApiException {
        throw new UnsupportedOperationException("releaseKeyEntry is not part of this test");
    }

    @Override
    public List<Review> review(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("review is not part of this test");
    }

    @Override
    public List<DraftSheets> draftSheetLog(String examId) throws StaffApiException {
        throw new UnsupportedOperationException("draftSheetLog is not part of this test");
    }
}
