package org.examroom.console.client;

import java.util.concurrent.CompletableFuture;

/** Signs a staff member in to the room controller. */
public interface StaffLogin {

    /** What came of a sign-in. */
    sealed interface Outcome {
        /** Signed in; {@code role} is what the controller granted (supervisor, committee member, …). */
        record SignedIn(String displayName, String role) implements Outcome {
        }

        /** Refused or unreachable; the reason is shown to the person at the console. */
        record Refused(String reason) implements Outcome {
        }
    }

    /** Sends the credentials; completes with the outcome, never exceptionally. The password is not kept. */
    CompletableFuture<Outcome> signIn(String login, char[] password);
}
