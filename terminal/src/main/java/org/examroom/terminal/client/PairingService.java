package org.examroom.terminal.client;

import java.util.concurrent.CompletableFuture;

/** Trades the one-time pairing code shown on the console for this terminal's credential. */
public interface PairingService {

    /** What came of a pairing attempt. */
    sealed interface Outcome {
        /** The controller accepted the code; the terminal now belongs to the seat. */
        record Paired(String seat) implements Outcome {
        }

        /** The controller refused the code, or could not be reached; the reason is for the applicant's eyes. */
        record Refused(String reason) implements Outcome {
        }
    }

    /** Sends the code; completes with the outcome, never exceptionally. */
    CompletableFuture<Outcome> pair(String terminalId, String code);
}
