package org.examroom.common.policy;

import java.time.Duration;

/**
 * Every rule with a number in it, for one exam. Presets follow the regulations they are named after;
 * where a regulation is silent, the preset takes the rule from the regulation that speaks (leaving the
 * room: SPbGUPTD 4.13; absence: TOGU 9; extra time: SPbGUPTD 5.3–5.7; one attempt per subject; appeals:
 * TPU 5.9). Open answers are marked by one grader unless the exam asks for two ({@link #withManualGrading}).
 */
public record ExamPolicies(String name, LateArrivalPolicy lateArrival, ExtraTimePolicy extraTime,
        LeavingPolicy leaving, AbsenceBudget absence, AttemptLimitPolicy attempts, Duration arriveBefore,
        ManualGradingPolicy manualGrading, AppealPolicy appeals) {

    /** TPU: up to 30 min late admitted without extra time; arrive 20 min before (TPU 3.14.2, 3.14.5–3.14.6). */
    public static final ExamPolicies TPU = new ExamPolicies("TPU", LateArrivalPolicy.TPU, ExtraTimePolicy.REGULATION,
            LeavingPolicy.SPBGUPTD, AbsenceBudget.TOGU, AttemptLimitPolicy.ONCE, Duration.ofMinutes(20),
            ManualGradingPolicy.ONE_GRADER, AppealPolicy.TPU);

    /** SPbGUPTD: under 1 h late only with consent to shortened time; arrive 10 min before (SPbGUPTD 3.1, 4.10). */
    public static final ExamPolicies SPBGUPTD = new ExamPolicies("SPbGUPTD", LateArrivalPolicy.SPBGUPTD,
            ExtraTimePolicy.REGULATION, LeavingPolicy.SPBGUPTD, AbsenceBudget.TOGU, AttemptLimitPolicy.ONCE,
            Duration.ofMinutes(10), ManualGradingPolicy.ONE_GRADER, AppealPolicy.TPU);

    /** SFU: identification from 10 min before to 10 min after the start (SFU 3.7.2). */
    public static final ExamPolicies SFU = new ExamPolicies("SFU", LateArrivalPolicy.SFU, ExtraTimePolicy.REGULATION,
            LeavingPolicy.SPBGUPTD, AbsenceBudget.TOGU, AttemptLimitPolicy.ONCE, Duration.ofMinutes(10),
            ManualGradingPolicy.ONE_GRADER, AppealPolicy.TPU);

    /** A copy with another name and late-arrival rule: the start of a custom policy. */
    public ExamPolicies withLateArrival(String customName, LateArrivalPolicy rule) {
        return new ExamPolicies(customName, rule, extraTime, leaving, absence, attempts, arriveBefore, manualGrading, appeals);
    }

    /**
     * A copy with another rule for marking open answers, keeping the name: how many graders a work needs is
     * the exam's own choice, not a different regulation.
     */
    public ExamPolicies withManualGrading(ManualGradingPolicy rule) {
        return new ExamPolicies(name, lateArrival, extraTime, leaving, absence, attempts, arriveBefore, rule, appeals);
    }

    /** The preset with the name, ignoring case. */
    public static ExamPolicies preset(String name) {
        for (ExamPolicies p : new ExamPolicies[] {TPU, SPBGUPTD, SFU}) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("No policy preset '" + name + "'; the presets are TPU, SPbGUPTD, SFU");
    }
}
