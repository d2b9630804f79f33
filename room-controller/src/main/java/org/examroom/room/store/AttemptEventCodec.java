package org.examroom.room.store;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Duration;
import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.IdentityDocument;
import org.examroom.common.exam.StaffId;
import org.examroom.common.wire.Jsons;

/** Attempt events to and from the rows of {@code attempt_event}: a type name and a small JSON object. */
public final class AttemptEventCodec {

    private AttemptEventCodec() {
    }

    public static String type(AttemptEvent event) {
        return event.getClass().getSimpleName();
    }

    public static String data(AttemptEvent event) {
        JsonObjectBuilder b = Jsons.createObjectBuilder();
        switch (event) {
            case AttemptEvent.Admitted a -> b.add("documentKind", a.document().kind().name())
                    .add("documentNumber", a.document().number())
                    .add("latenessSeconds", a.lateness().toSeconds())
                    .add("timeShortened", a.timeShortened());
            case AttemptEvent.KeyIssued k -> {
                b.add("keyNumber", k.keyNumber());
                if (k.reissueReason() != null) {
                    b.add("reissueReason", k.reissueReason());
                }
            }
            case AttemptEvent.RulesAccepted r -> b.add("rules", r.rules()).add("personalDataConsent", r.personalDataConsent());
            case AttemptEvent.PhotosTaken p -> b.add("count", p.count());
            case AttemptEvent.Paused p -> b.add("reason", p.reason());
            case AttemptEvent.TimeExtended x -> b.add("extraSeconds", x.extra().toSeconds()).add("reason", x.reason());
            case AttemptEvent.Submitted s -> b.add("timeRanOut", s.timeRanOut());
            case AttemptEvent.Removed r -> b.add("actNumber", r.actNumber()).add("rule", r.rule()).add("reason", r.reason());
            case AttemptEvent.TechnicalFailure f -> b.add("description", f.description());
            case AttemptEvent.KeyEntered k -> {
            }
            case AttemptEvent.TestStarted t -> {
            }
            case AttemptEvent.Resumed r -> {
            }
            case AttemptEvent.LeftRoom l -> {
            }
            case AttemptEvent.ReturnedToRoom r -> {
            }
            case AttemptEvent.MarkedAbsent m -> {
            }
        }
        return b.build().toString();
    }

    public static AttemptEvent event(String type, String data) {
        JsonObject d;
        try (var reader = Jsons.createReader(new StringReader(data))) {
            d = reader.readObject();
        }
        return switch (type) {
            case "Admitted" -> new AttemptEvent.Admitted(new IdentityDocument(IdentityDocument.Kind.valueOf(d.getString("documentKind")),
                    d.getString("documentNumber")), Duration.ofSeconds(d.getJsonNumber("latenessSeconds").longValue()), d.getBoolean("timeShortened"));
            case "KeyIssued" -> new AttemptEvent.KeyIssued(d.getString("keyNumber"), d.getString("reissueReason", null));
            case "KeyEntered" -> new AttemptEvent.KeyEntered();
            case "RulesAccepted" -> new AttemptEvent.RulesAccepted(d.getBoolean("rules"), d.getBoolean("personalDataConsent"));
            case "PhotosTaken" -> new AttemptEvent.PhotosTaken(d.getInt("count"));
            case "TestStarted" -> new AttemptEvent.TestStarted();
            case "Paused" -> new AttemptEvent.Paused(d.getString("reason"));
            case "Resumed" -> new AttemptEvent.Resumed();
            case "TimeExtended" -> new AttemptEvent.TimeExtended(Duration.ofSeconds(d.getJsonNumber("extraSeconds").longValue()), d.getString("reason"));
            case "LeftRoom" -> new AttemptEvent.LeftRoom();
            case "ReturnedToRoom" -> new AttemptEvent.ReturnedToRoom();
            case "Submitted" -> new AttemptEvent.Submitted(d.getBoolean("timeRanOut"));
            case "Removed" -> new AttemptEvent.Removed(d.getString("actNumber"), d.getString("rule"), d.getString("reason"));
            case "TechnicalFailure" -> new AttemptEvent.TechnicalFailure(d.getString("description"));
            case "MarkedAbsent" -> new AttemptEvent.MarkedAbsent();
            default -> throw new IllegalStateException("Unknown attempt event type '" + type + "' in the database");
        };
    }

    /** How the actor is written: {@code staff:S-01}, {@code applicant:A-001}, {@code system:timer}. */
    public static String actor(Actor actor) {
        return switch (actor) {
            case Actor.Staff s -> "staff:" + s.id().value();
            case Actor.Applicant a -> "applicant:" + a.id().value();
            case Actor.System s -> "system:" + s.component();
        };
    }

    public static Actor actor(String text) {
        int colon = text.indexOf(':');
        String kind = text.substring(0, colon);
        String id = text.substring(colon + 1);
        return switch (kind) {
            case "staff" -> new Actor.Staff(new StaffId(id));
            case "applicant" -> new Actor.Applicant(new ApplicantId(id));
            default -> new Actor.System(id);
        };
    }
}
