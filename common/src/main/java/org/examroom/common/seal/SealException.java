package org.examroom.common.seal;

/** Why a package was refused; the message says it in words a supervisor can act on. */
public final class SealException extends Exception {

    /** The kinds of refusal. */
    public enum Reason {
        NOT_A_PACKAGE, TRUNCATED, UNKNOWN_SIGNER, TAMPERED, WRONG_KEY, MISTYPED_KEY, BAD_CONTENT
    }

    private final Reason reason;

    public SealException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
