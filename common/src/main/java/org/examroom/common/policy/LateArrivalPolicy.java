package org.examroom.common.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.examroom.common.i18n.Explanation;

/**
 * Who may still come in after the scheduled start. The regulations differ, so this is a value per exam:
 * <ul>
 *   <li>{@link #TPU}: up to 30 min late admitted without extra time; later not admitted (TPU 3.14.5–3.14.6);</li>
 *   <li>{@link #SPBGUPTD}: under 1 h late admitted without extra time only with signed consent to the
 *       shortened time; later counted absent (SPbGUPTD 4.10.1–4.10.2);</li>
 *   <li>{@link #SFU}: identification from 10 min before to 10 min after the start (SFU 3.7.2).</li>
 * </ul>
 *
 * @param admittedWithin      lateness admitted outright (without extra time)
 * @param admittedWithConsent lateness admitted only with consent to the shortened time, if any
 * @param beyond              what happens to an applicant later than both
 * @param opensBefore         how long before the start identification opens, if it is limited
 */
public record LateArrivalPolicy(Limit admittedWithin, Optional<Limit> admittedWithConsent, Beyond beyond,
        Optional<Duration> opensBefore) {

    /** The fate of an applicant later than every limit. */
    public enum Beyond {
        NOT_ADMITTED,
        COUNTED_ABSENT
    }

    public static final LateArrivalPolicy TPU = new LateArrivalPolicy(
            Limit.upTo(Duration.ofMinutes(30)), Optional.empty(), Beyond.NOT_ADMITTED, Optional.empty());

    public static final LateArrivalPolicy SPBGUPTD = new LateArrivalPolicy(
            Limit.upTo(Duration.ZERO), Optional.of(Limit.under(Duration.ofHours(1))), Beyond.COUNTED_ABSENT, Optional.empty());

    public static final LateArrivalPolicy SFU = new LateArrivalPolicy(
            Limit.upTo(Duration.ofMinutes(10)), Optional.empty(), Beyond.NOT_ADMITTED, Optional.of(Duration.ofMinutes(10)));

    /** Decides for an applicant who arrives at {@code arrival} for an exam scheduled at {@code scheduledStart}. */
    public AdmissionDecision decide(Instant arrival, Instant scheduledStart) {
        if (opensBefore.isPresent() && arrival.isBefore(scheduledStart.minus(opensBefore.get()))) {
            Instant opens = scheduledStart.minus(opensBefore.get());
            return new AdmissionDecision.TooEarly(opens, Explanation.of("late.tooEarly", opens));
        }
        Duration lateness = Duration.between(scheduledStart, arrival);
        if (!lateness.isPositive()) {
            return new AdmissionDecision.Admitted(Duration.ZERO, false, Explanation.of("late.onTime"));
        }
        if (admittedWithin.admits(lateness)) {
            return new AdmissionDecision.Admitted(lateness, true,
                    Explanation.of("late.admitted", lateness, admittedWithin.bound()));
        }
        if (admittedWithConsent.isPresent() && admittedWithConsent.get().admits(lateness)) {
            return new AdmissionDecision.AdmittedIfConsents(lateness,
                    Explanation.of("late.needsConsent", lateness, admittedWithConsent.get().bound()));
        }
        Duration lastLimit = admittedWithConsent.orElse(admittedWithin).bound();
        return switch (beyond) {
            case NOT_ADMITTED -> new AdmissionDecision.NotAdmitted(lateness, false,
                    Explanation.of("late.notAdmitted", lateness, lastLimit));
            case COUNTED_ABSENT -> new AdmissionDecision.CountedAbsent(lateness,
                    Explanation.of("late.absent", lateness, lastLimit));
        };
    }
}
