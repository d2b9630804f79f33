package org.examroom.room.auth;

import io.helidon.common.context.Context;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.examroom.common.exam.StaffRole;
import org.examroom.room.api.Problem;

/**
 * Knows the caller of every request from its bearer token — a staff session or a terminal credential —
 * and lets a handler demand a role in one line: {@code Guard.staff(req, SUPERVISOR)}.
 */
public final class Guard implements Filter {

    private static final String PREFIX = "Bearer ";

    private final StaffDirectory staff;
    private final TerminalRegistry terminals;
    private final Clock clock;

    public Guard(StaffDirectory staff, TerminalRegistry terminals, Clock clock) {
        this.staff = staff;
        this.terminals = terminals;
        this.clock = clock;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        bearer(req).flatMap(this::principal).ifPresent(p -> req.context().register(Principal.class, p));
        chain.proceed();
    }

    private Optional<Principal> principal(String token) {
        Optional<Principal> terminal = terminals.byCredential(token).map(Principal.class::cast);
        return terminal.isPresent() ? terminal : staff.bySession(token, clock.instant()).map(Principal.class::cast);
    }

    /** The bearer token of the request, if it has one. */
    public static Optional<String> bearer(ServerRequest req) {
        return req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
                .map(h -> h.substring(PREFIX.length()).strip())
                .filter(t -> !t.isEmpty());
    }

    /** The signed-in staff member, who must hold one of the roles (any role when none is given). */
    public static Principal.Staff staff(ServerRequest req, StaffRole... anyOf) {
        Principal p = principal(req.context());
        if (!(p instanceof Principal.Staff s)) {
            throw Problem.forbidden("This needs a staff member signed in at a console, not a terminal");
        }
        if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(s.roles()::contains)) {
            throw Problem.forbidden("This needs one of the roles " + Arrays.toString(anyOf) + "; " + s.login() + " has " + s.roles());
        }
        return s;
    }

    /** The paired terminal calling. */
    public static Principal.Terminal terminal(ServerRequest req) {
        Principal p = principal(req.context());
        if (!(p instanceof Principal.Terminal t)) {
            throw Problem.forbidden("This is for paired terminals only");
        }
        return t;
    }

    /** Where the request came from, for the audit trail. */
    public static String origin(ServerRequest req) {
        return req.remotePeer().host();
    }

    private static Principal principal(Context context) {
        return context.get(Principal.class, Principal.class)
                .orElseThrow(() -> Problem.unauthenticated("Send 'Authorization: Bearer <token>' from a staff sign-in or a terminal pairing"));
    }
}
