package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.CardSecret;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.ApplicantCards;
import org.examroom.room.store.RoomStore;

/**
 * An applicant's card, under {@code /api/v1/applicants}: {@code POST /{id}/card} {@code {"cardId"}} registers it
 * (voiding the one held before), {@code DELETE /{id}/card} voids it. The card id is kept only as its HMAC under the
 * room's card secret, and never written to the audit trail.
 */
public final class CardService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;
    private final CardSecret secret;

    public CardService(RoomStore store, AuditLog audit, CardSecret secret) {
        this.store = store;
        this.audit = audit;
        this.secret = secret;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/card", this::register)
                .delete("/{id}/card", this::voidCard);
    }

    private void register(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String id = Paths.id(req, "id");
        JsonObject body = Bodies.object(req, 4096);
        String hash = secret.hash(cardId(Bodies.string(body, "cardId")));
        ApplicantCards.Registration done = audit.write(r -> {
            store.applicant(r.tx(), id).orElseThrow(() -> Problem.notFound("id", "No applicant " + id));
            ApplicantCards.Registration registration = ApplicantCards.register(r.tx(), id, hash, r.now(), by.id());
            if (registration instanceof ApplicantCards.Registration.Registered
                    || registration instanceof ApplicantCards.Registration.Replaced) {
                r.record(by.auditName(), Guard.origin(req), "card.registered", id,
                        AuditLog.details("replaced", registration instanceof ApplicantCards.Registration.Replaced));
            }
            return registration;
        });
        res.status(switch (done) {
            case ApplicantCards.Registration.HeldByOther other -> throw Problem.conflict(
                    "This card is registered to applicant " + other.applicantId() + "; void it there first");
            case ApplicantCards.Registration.Unchanged unchanged -> 200;
            default -> 201;
        }).send(Jsons.createObjectBuilder().add("applicantId", id).add("card", true)
                .add("replaced", done instanceof ApplicantCards.Registration.Replaced).build());
    }

    private void voidCard(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String id = Paths.id(req, "id");
        boolean voided = audit.write(r -> {
            store.applicant(r.tx(), id).orElseThrow(() -> Problem.notFound("id", "No applicant " + id));
            boolean any = ApplicantCards.voidCard(r.tx(), id, r.now(), by.id());
            if (any) {
                r.record(by.auditName(), Guard.origin(req), "card.voided", id, AuditLog.none());
            }
            return any;
        });
        if (!voided) {
            throw Problem.conflict("Applicant " + id + " holds no card");
        }
        res.status(204).send();
    }

    /** The card id as the room compares it, or 422 naming {@code cardId}. */
    static String cardId(String text) {
        return CardSecret.normalise(text).orElseThrow(() -> Problem.invalid("cardId",
                "A card id is 3 to 64 digits or Latin letters, with ':' or '-' between groups"));
    }
}
