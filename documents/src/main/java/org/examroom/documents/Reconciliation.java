package org.examroom.documents;

import java.util.List;
import java.util.Objects;

/**
 * The record that works handed in match the applicants present; where they do not, the document
 * carries a mismatch act listing each discrepancy for the committee to sign.
 *
 * @param sitting the sitting
 * @param committee who signs
 * @param rows one per applicant seated in the room
 */
public record Reconciliation(ExamSitting sitting, Committee committee, List<Row> rows) {

    public Reconciliation {
        Objects.requireNonNull(sitting, "sitting");
        Objects.requireNonNull(committee, "committee");
        rows = List.copyOf(rows);
    }

    /**
     * One applicant.
     *
     * @param applicant full name
     * @param seat seat label
     * @param present whether the applicant was admitted to the room
     * @param workHandedIn whether the room holds a finished (or closed by act) work of the applicant
     * @param note what happened, e.g. «удалён, акт № 3»; may be empty
     */
    public record Row(String applicant, String seat, boolean present, boolean workHandedIn, String note) {

        public Row {
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(note, "note");
        }

        /** Present without a work, or a work from someone not admitted. */
        public boolean mismatched() {
            return present != workHandedIn;
        }
    }

    public long present() {
        return rows.stream().filter(Row::present).count();
    }

    public long worksHandedIn() {
        return rows.stream().filter(Row::workHandedIn).count();
    }

    public List<Row> mismatches() {
        return rows.stream().filter(Row::mismatched).toList();
    }
}
