package org.examroom.room.store;

import java.util.List;
import org.examroom.common.exam.Exam;
import org.examroom.common.exam.VariantId;
import org.examroom.common.policy.ExamPolicies;

/** An exam as the controller keeps it: the exam, its policies, and the ids of its variants. */
public record ExamRecord(Exam exam, ExamPolicies policies, List<VariantId> variants) {

    public ExamRecord {
        variants = List.copyOf(variants);
    }
}
