package org.examroom.common.proctoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examroom.common.exam.Accommodations;

/**
 * Which set of face-check figures monitors an applicant during the test, by name. The exam names one; the figures
 * behind each name belong to the face checks ({@code org.examroom.face.ProctoringPolicy#preset}), which the controller
 * does not link: it stores and hands out the name, and the terminal turns it into figures.
 */
public enum ProctoringPreset {

    /** An invigilator in the room: the default. */
    IN_ROOM("in-room"),
    /** Remote or group-site tests with proctoring only. */
    REMOTE("remote"),
    /** Applicants with disabilities (ОВЗ), who may move, look to an assistant or be away longer. */
    ACCOMMODATED("accommodated");

    private final String presetName;

    ProctoringPreset(String presetName) {
        this.presetName = presetName;
    }

    /** The name an exam gives and the face checks know the preset by, e.g. {@code in-room}. */
    public String presetName() {
        return presetName;
    }

    /** Every preset's name, in the order above. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ProctoringPreset::presetName).toList();
    }

    /**
     * The preset with the name, ignoring case.
     *
     * @throws IllegalArgumentException naming the presets when there is none of that name
     */
    public static ProctoringPreset named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "'" + name + "' is not a proctoring preset; the presets are " + String.join(", ", names())));
    }

    /** The preset with the name, ignoring case; empty for a name this program does not know (a newer controller's). */
    public static Optional<ProctoringPreset> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.presetName.equals(wanted)).findFirst();
    }

    /**
     * The preset that monitors this applicant at an exam that names this one. Whatever is granted for a disability
     * (extra time, large print, a separate room, an assistant) is the accommodation the applicant is owed, and the
     * figures of an ordinary room would flag what it allows — moving, turning to an assistant, being away longer — so
     * such an applicant is monitored as {@link #ACCOMMODATED} whatever the exam names.
     */
    public ProctoringPreset forApplicant(Accommodations accommodations) {
        return accommodations.any() ? ACCOMMODATED : this;
    }
}
