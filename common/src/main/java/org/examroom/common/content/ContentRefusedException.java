package org.examroom.common.content;

/** A construct an importer does not take; carries the item and the construct so the refusal can name them. */
public final class ContentRefusedException extends Exception {

    private final String item;
    private final String construct;

    public ContentRefusedException(String item, String construct, String message) {
        super(message);
        this.item = item;
        this.construct = construct;
    }

    public String item() {
        return item;
    }

    public String construct() {
        return construct;
    }

    public ImportProblem toProblem(String file) {
        return new ImportProblem(file, item, construct, getMessage());
    }
}
