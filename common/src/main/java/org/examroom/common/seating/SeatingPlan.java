package org.examroom.common.seating;

import java.util.ArrayList;
import java.util.List;
import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.RoomId;
import org.examroom.common.exam.Seat;
import org.examroom.common.exam.VariantId;
import org.examroom.common.i18n.Explanation;

/** Who sits where with which variant, and who could not be seated and why. */
public record SeatingPlan(List<Assignment> assignments, List<Unseated> unseated) {

    /** An applicant at a seat of a room, writing a variant. */
    public record Assignment(ApplicantId applicant, RoomId room, Seat seat, VariantId variant) {
    }

    /** An applicant left without a seat. */
    public record Unseated(ApplicantId applicant, Explanation reason) {
    }

    public SeatingPlan {
        assignments = List.copyOf(assignments);
        unseated = List.copyOf(unseated);
    }

    /** Pairs of neighbours in the same room with the same variant; empty for a good plan. */
    public List<List<Assignment>> neighboursWithSameVariant() {
        List<List<Assignment>> clashes = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            for (int j = i + 1; j < assignments.size(); j++) {
                Assignment a = assignments.get(i);
                Assignment b = assignments.get(j);
                if (a.room().equals(b.room()) && a.seat().neighbours(b.seat()) && a.variant().equals(b.variant())) {
                    clashes.add(List.of(a, b));
                }
            }
        }
        return clashes;
    }
}
