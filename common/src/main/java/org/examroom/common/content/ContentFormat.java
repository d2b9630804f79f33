package org.examroom.common.content;

/** The formats ExamRoom imports. */
public enum ContentFormat {
    QTI("QTI"), QTI_PACKAGE("QTI package"), MOODLE_XML("MoodleXML"), GIFT("GIFT"), UNKNOWN("unknown");

    private final String label;

    ContentFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
