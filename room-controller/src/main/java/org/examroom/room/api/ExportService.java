package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.dbclient.DbRow;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RecordedEventsJson;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * {@code GET /api/v1/exams/{id}/export}: one exam's complete record as a zip — the exam, its applicants,
 * every attempt with its events, answers and result, the audit entries about them, and the evidence
 * files — for the archive and for inspection.
 */
public final class ExportService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;
    private final Path dataDirectory;

    public ExportService(RoomStore store, AuditLog audit, Path dataDirectory) {
        this.store = store;
        this.audit = audit;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/export", this::export);
    }

    private void export(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY, COMMITTEE_MEMBER);
        String id = Paths.id(req, "id");
        ExamRecord exam = store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
        List<StoredAttempt> attempts = store.attemptsOfExam(store.read(), id);
        audit.record(by.auditName(), Guard.origin(req), "exam.exported", id, AuditLog.details("attempts", attempts.size()));

        res.header(HeaderNames.CONTENT_TYPE, "application/zip");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-record.zip\"");
        try (OutputStream body = res.outputStream(); ZipOutputStream zip = new ZipOutputStream(body, StandardCharsets.UTF_8)) {
            json(zip, "exam.json", ExamService.json(exam));
            JsonArrayBuilder applicants = Jsons.createArrayBuilder();
            JsonArrayBuilder records = Jsons.createArrayBuilder();
            for (StoredAttempt a : attempts) {
                store.applicant(store.read(), a.attempt().applicant().value()).ifPresent(p -> applicants.add(ApplicantService.json(p)));
                var answers = Jsons.createObjectBuilder();
                store.answers(store.read(), a.id()).forEach((item, answer) -> answers.add(item, Jsons.createObjectBuilder()
                        .add("seq", answer.seq()).add("savedAt", answer.savedAt().toString()).add("response", parse(answer.response()))));
                var evidence = Jsons.createArrayBuilder();
                try (Stream<DbRow> rows = store.read().namedQuery("evidence-of-attempt", a.id())) {
                    rows.forEach(r -> evidence.add(Jsons.createObjectBuilder().add("kind", Rows.string(r, "KIND"))
                            .add("at", Rows.instant(r, "AT_MS").orElseThrow().toString()).add("file", Rows.string(r, "PATH"))
                            .add("sha256", Rows.string(r, "SHA256")).add("details", parse(Rows.string(r, "DETAILS")))));
                }
                records.add(Jsons.createObjectBuilder().add("attempt", ExamService.attemptJson(a))
                        .add("events", RecordedEventsJson.json(a.attempt().history())).add("answers", answers).add("evidence", evidence));
            }
            json(zip, "applicants.json", applicants.build());
            json(zip, "attempts.json", records.build());
            JsonArrayBuilder entries = Jsons.createArrayBuilder();
            for (String subject : Stream.concat(Stream.of(id), attempts.stream().map(StoredAttempt::id)).toList()) {
                try (Stream<DbRow> rows = store.read().namedQuery("audit-of-subject", subject)) {
                    rows.forEach(r -> entries.add(Jsons.createObjectBuilder().add("seq", Rows.longValue(r, "SEQ"))
                            .add("at", Rows.instant(r, "AT_MS").orElseThrow().toString()).add("actor", Rows.string(r, "ACTOR"))
                            .add("action", Rows.string(r, "ACTION")).add("subject", Rows.string(r, "SUBJECT"))
                            .add("details", parse(Rows.string(r, "DETAILS"))).add("hash", Rows.string(r, "HASH"))));
                }
            }
            json(zip, "audit.json", entries.build());
            for (StoredAttempt a : attempts) {
                Path folder = dataDirectory.resolve("evidence").resolve(a.id());
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path f : files.filter(p -> !p.toString().endsWith(".part")).sorted().toList()) {
                            zip.putNextEntry(new ZipEntry("evidence/" + a.id() + "/" + f.getFileName()));
                            Files.copy(f, zip);
                            zip.closeEntry();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export of exam " + id + " failed", e);
        }
    }

    private static void json(ZipOutputStream zip, String name, JsonStructure value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(value.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static jakarta.json.JsonValue parse(String json) {
        try (var reader = Jsons.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
