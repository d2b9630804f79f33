package org.examroom.common.content;

/**
 * Why something in a file was refused: the file (its path inside a zip for packages), the item (empty when the
 * whole file is refused), the construct, and a sentence a person can act on.
 */
public record ImportProblem(String file, String item, String construct, String message) {

    @Override
    public String toString() {
        return file + (item.isEmpty() ? "" : " [" + item + "]") + ": " + construct + ": " + message;
    }
}
