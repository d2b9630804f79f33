package org.examroom.common;

/** Turns a chain of exceptions into the one sentence a person needs to see. */
public final class Failures {

    private Failures() {
    }

    /** The message of the innermost cause, or its type when it has no message. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
