package org.examroom.console.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Signs a staff member in to the room controller. */
public interface StaffLogin {

    /** Who is signed in, and with which roles (supervisor, committee member, …). */
    record SignedIn(String displayName, List<String> roles) {
        public SignedIn {
            roles = List.copyOf(roles);
        }

        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    /** What came of a sign-in. */
    sealed interface Outcome {
        /** Signed in; the session's token stays inside the client. */
        record Welcome(SignedIn staff) implements Outcome {
        }

        /** Refused or unreachable; the reason is shown to the person at the console. */
        record Refused(String reason) implements Outcome {
        }
    }

    /** Sends the credentials; completes with the outcome, never exceptionally. The password is not kept. */
    CompletableFuture<Outcome> signIn(String login, char[] password);
}
