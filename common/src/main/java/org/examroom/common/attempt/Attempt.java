package org.examroom.common.attempt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.ExamId;
import org.examroom.common.i18n.Explanation;

/**
 * One applicant's attempt at one exam: its state and the full history that led there. Immutable;
 * {@link #apply} returns the next attempt or the reason the event is refused.
 */
public record Attempt(ApplicantId applicant, ExamId exam, AttemptState state, List<RecordedEvent> history) {

    public Attempt {
        history = List.copyOf(history);
    }

    /** A new attempt for a registration. */
    public static Attempt registered(ApplicantId applicant, ExamId exam) {
        return new Attempt(applicant, exam, AttemptState.REGISTERED, List.of());
    }

    /** Applies the event that happened {@code at}, caused by {@code actor}. Events must come in time order. */
    public Transition apply(AttemptEvent event, Actor actor, Instant at) {
        Optional<Instant> last = lastEventTime();
        if (last.isPresent() && at.isBefore(last.get())) {
            return new Transition.Refused(this, event, Explanation.of("attempt.outOfOrder", at, last.get()));
        }
        return switch (AttemptLifecycle.next(state, event)) {
            case AttemptLifecycle.Step.To to -> {
                RecordedEvent recorded = new RecordedEvent(event, at, actor, state, to.state());
                List<RecordedEvent> next = new ArrayList<>(history);
                next.add(recorded);
                yield new Transition.Accepted(new Attempt(applicant, exam, to.state(), next), recorded);
            }
            case AttemptLifecycle.Step.Refused refused -> new Transition.Refused(this, event, refused.reason());
        };
    }

    /** Applies the event, or throws with the reason; for callers that already checked. */
    public Attempt then(AttemptEvent event, Actor actor, Instant at) {
        return switch (apply(event, actor, at)) {
            case Transition.Accepted accepted -> accepted.attempt();
            case Transition.Refused refused -> throw new IllegalStateException(refused.reason().toString());
        };
    }

    /** Whether the applicant's answers may change now. */
    public boolean answersMayChange() {
        return AttemptLifecycle.answersMayChange(state);
    }

    public Optional<Instant> lastEventTime() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast().at());
    }

    /** The first recorded event of the type, if any. */
    public <E extends AttemptEvent> Optional<RecordedEvent> first(Class<E> type) {
        return history.stream().filter(r -> type.isInstance(r.event())).findFirst();
    }

    /** The number of recorded events of the type. */
    public long count(Class<? extends AttemptEvent> type) {
        return history.stream().filter(r -> type.isInstance(r.event())).count();
    }
}
