package org.examroom.documents;

import java.util.List;
import java.util.Objects;

import org.examroom.common.key.KeySlip;

/**
 * Cut-out key slips, eight to an A4 sheet: each with the key in large print and its QR code
 * ({@link KeySlip#payload(String)}) for the terminal's camera.
 *
 * @param sitting the sitting
 * @param slips the slips, in the order to print
 */
public record KeySlips(ExamSitting sitting, List<Slip> slips) {

    public KeySlips {
        Objects.requireNonNull(sitting, "sitting");
        slips = List.copyOf(slips);
    }

    /**
     * One applicant's slip.
     *
     * @param applicant full name
     * @param seat the seat's label
     * @param keyNumber the key's number, as on the register
     * @param key the access key (canonical or printed form)
     */
    public record Slip(String applicant, String seat, String keyNumber, String key) {

        public Slip {
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(keyNumber, "keyNumber");
            KeySlip.payload(key);
        }
    }
}
