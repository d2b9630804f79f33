package org.examroom.room.api;

import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.attempt.Transition;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.store.AttemptEventCodec;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.StoredAttempt;

/**
 * Applies an event to a stored attempt inside an audited write: the domain decides, the event and the
 * new state are stored, the audit trail records it, or the rule's refusal becomes a 409 with its reason.
 */
final class AttemptActions {

    private final RoomStore store;

    AttemptActions(RoomStore store) {
        this.store = store;
    }

    StoredAttempt load(AuditLog.Recorder r, String attemptId) {
        return store.attempt(r.tx(), attemptId).orElseThrow(() -> Problem.notFound("id", "No attempt " + attemptId));
    }

    StoredAttempt apply(AuditLog.Recorder r, StoredAttempt before, AttemptEvent event, Actor actor, String auditActor, String origin) {
        return switch (before.attempt().apply(event, actor, r.now())) {
            case Transition.Accepted accepted -> {
                store.append(r.tx(), before, accepted.recorded());
                r.record(auditActor, origin, "attempt." + AttemptEventCodec.type(event), before.id(),
                        AuditLog.details("from", accepted.recorded().from(), "to", accepted.recorded().to()));
                yield store.attempt(r.tx(), before.id()).orElseThrow();
            }
            case Transition.Refused refused -> throw Problem.refused(refused.reason());
        };
    }
}
