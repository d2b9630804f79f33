package org.examroom.terminal.client;

import java.util.Optional;

/** Why a call to the controller did not succeed: it could not be reached, or it answered no. */
public abstract sealed class TerminalApiException extends Exception
        permits TerminalApiException.Unreachable, TerminalApiException.Refused {

    TerminalApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No answer: the network, the controller or TLS failed. The terminal keeps working and tries again. */
    public static final class Unreachable extends TerminalApiException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The controller answered with a problem. {@code explanationRu}/{@code En} are its words for the applicant when
     * it gave them (a state that does not allow the action), else the problem's title.
     */
    public static final class Refused extends TerminalApiException {
        private final int status;
        private final String explanationRu;
        private final String explanationEn;
        private final Optional<String> field;

        public Refused(int status, String explanationRu, String explanationEn, Optional<String> field) {
            super("HTTP " + status + ": " + explanationEn, null);
            this.status = status;
            this.explanationRu = explanationRu;
            this.explanationEn = explanationEn;
            this.field = field;
        }

        public int status() {
            return status;
        }

        /** The explanation in the applicant's language ({@code ru} or {@code en}). */
        public String explanation(String language) {
            return "en".equals(language) ? explanationEn : explanationRu;
        }

        public Optional<String> field() {
            return field;
        }
    }
}
