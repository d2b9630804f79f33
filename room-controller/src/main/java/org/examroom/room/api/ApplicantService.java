package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examroom.common.exam.Applicant;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.CardSecret;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.ApplicantCards;
import org.examroom.room.store.RoomStore;

/**
 * Applicants: {@code POST /api/v1/applicants/import} (CSV or JSON, with a per-row report; an optional card to register
 * to each) and {@code GET /api/v1/applicants?q=} (by document number or surname, for admission at the door).
 */
public final class ApplicantService implements HttpService {

    /** An import of a few thousand applicants fits easily. */
    static final int IMPORT_LIMIT = 8 * 1024 * 1024;

    private final RoomStore store;
    private final AuditLog audit;
    private final CardSecret cards;

    public ApplicantService(RoomStore store, AuditLog audit, CardSecret cards) {
        this.store = store;
        this.audit = audit;
        this.cards = cards;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/import", this::importApplicants)
                .get("/", this::search)
                .get("/{id}", this::get);
    }

    private void importApplicants(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("").toLowerCase();
        String text = Bodies.text(req, IMPORT_LIMIT);
        ApplicantImport.Parsed parsed;
        if (type.startsWith("text/csv") || type.startsWith("text/plain")) {
            parsed = ApplicantImport.csv(text);
        } else if (type.startsWith("application/json")) {
            try (var reader = Jsons.createReader(new StringReader(text))) {
                parsed = ApplicantImport.json(reader.readObject());
            } catch (jakarta.json.JsonException e) {
                throw Problem.badRequest(null, "The body is not a JSON object with an 'applicants' array");
            }
        } else {
            throw Problem.badRequest("Content-Type", "Send text/csv or application/json, not '" + type + "'");
        }

        List<ApplicantImport.Rejection> rejected = new ArrayList<>(parsed.rejected());
        int[] accepted = {0};
        int[] registrations = {0};
        int[] cardsRegistered = {0};
        audit.write(r -> {
            Set<String> seen = new HashSet<>();
            for (ApplicantImport.Row row : parsed.rows()) {
                String id = row.applicant().id().value();
                if (!seen.add(id)) {
                    rejected.add(new ApplicantImport.Rejection(row.number(), "id", "Applicant " + id + " appears twice in this import"));
                    continue;
                }
                List<String> unknown = row.exams().stream().filter(e -> store.exam(r.tx(), e).isEmpty()).toList();
                if (!unknown.isEmpty()) {
                    rejected.add(new ApplicantImport.Rejection(row.number(), "exams", "No exam " + String.join(", ", unknown)
                            + " is defined on this controller"));
                    continue;
                }
                Optional<String> card = row.cardId().map(cards::hash);
                Optional<String> holder = card.flatMap(h -> ApplicantCards.holder(r.tx(), h)).filter(h -> !h.equals(id));
                if (holder.isPresent()) {
                    rejected.add(new ApplicantImport.Rejection(row.number(), "card_id", "This card is registered to applicant "
                            + holder.get() + "; void it there first"));
                    continue;
                }
                store.putApplicant(r.tx(), row.applicant());
                for (String exam : row.exams()) {
                    if (store.register(r.tx(), id, exam)) {
                        registrations[0]++;
                    }
                }
                if (card.isPresent()) {
                    var registration = ApplicantCards.register(r.tx(), id, card.get(), r.now(), by.id());
                    if (!(registration instanceof ApplicantCards.Registration.Unchanged)) {
                        cardsRegistered[0]++;
                        r.record(by.auditName(), Guard.origin(req), "card.registered", id, AuditLog.details(
                                "replaced", registration instanceof ApplicantCards.Registration.Replaced, "via", "import"));
                    }
                }
                accepted[0]++;
            }
            r.record(by.auditName(), Guard.origin(req), "applicants.imported", "-",
                    AuditLog.details("accepted", accepted[0], "rejected", rejected.size(), "registrations", registrations[0],
                            "cards", cardsRegistered[0]));
            return null;
        });

        JsonArrayBuilder report = Jsons.createArrayBuilder();
        rejected.stream().sorted(java.util.Comparator.comparingInt(ApplicantImport.Rejection::row))
                .forEach(x -> report.add(Jsons.createObjectBuilder().add("row", x.row()).add("field", x.field()).add("message", x.message())));
        res.send(Jsons.createObjectBuilder().add("accepted", accepted[0]).add("registrations", registrations[0])
                .add("cards", cardsRegistered[0]).add("rejected", report).build());
    }

    private void search(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String q = req.query().first("q").orElseThrow(() -> Problem.badRequest("q", "Give 'q': a document number or the start of a surname"));
        if (q.strip().length() < 2) {
            throw Problem.invalid("q", "Type at least two characters");
        }
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        store.searchApplicants(q).forEach(a -> list.add(json(a)));
        res.send(Jsons.createObjectBuilder().add("applicants", list).build());
    }

    private void get(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = Paths.id(req, "id");
        Applicant applicant = store.applicant(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No applicant " + id));
        res.send(Jsons.createObjectBuilder(json(applicant)).add("card", ApplicantCards.holdsCard(store.read(), id)).build());
    }

    static JsonObject json(Applicant a) {
        return Jsons.createObjectBuilder().add("id", a.id().value())
                .add("fullName", a.name().full()).add("shortName", a.name().shortForm())
                .add("document", Jsons.createObjectBuilder().add("kind", a.document().kind().name()).add("number", a.document().number()))
                .add("accommodations", Jsons.createObjectBuilder()
                        .add("extraMinutes", a.accommodations().extraTime().toMinutes())
                        .add("largePrint", a.accommodations().largePrint())
                        .add("separateRoom", a.accommodations().separateRoom())
                        .add("assistant", a.accommodations().assistant()))
                .build();
    }
}
