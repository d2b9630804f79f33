package org.examroom.room.store;

import java.util.List;
import java.util.Objects;
import org.examroom.common.exam.Exam;
import org.examroom.common.exam.VariantId;
import org.examroom.common.policy.ExamPolicies;
import org.examroom.common.proctoring.ProctoringPreset;

/**
 * An exam as the controller keeps it: the exam, its policies, the ids of its variants, and the proctoring preset its
 * terminals monitor by.
 */
public record ExamRecord(Exam exam, ExamPolicies policies, List<VariantId> variants, ProctoringPreset proctoring) {

    public ExamRecord {
        variants = List.copyOf(variants);
        Objects.requireNonNull(proctoring, "proctoring");
    }
}
