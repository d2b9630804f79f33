package org.examroom.console.client;

import java.util.Optional;

/** Why a call to the controller did not succeed: it could not be reached, or it answered no. */
public abstract sealed class StaffApiException extends Exception
        permits StaffApiException.Unreachable, StaffApiException.Refused {

    StaffApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What to tell the person at the console, in {@code language} ({@code ru} or {@code en}). */
    public abstract String explanation(String language);

    /** No answer: the network, the controller or TLS failed. */
    public static final class Unreachable extends StaffApiException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String explanation(String language) {
            return ("en".equals(language) ? "The room controller does not answer: " : "Контроллер аудитории не отвечает: ")
                    + getMessage();
        }
    }

    /**
     * The controller answered with a problem: its explanation in Russian and English when it gave one (a rule or a
     * state that does not allow the action), else its detail or title; {@code field} names the value at fault.
     */
    public static final class Refused extends StaffApiException {
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

        @Override
        public String explanation(String language) {
            return "en".equals(language) ? explanationEn : explanationRu;
        }

        public Optional<String> field() {
            return field;
        }
    }
}
