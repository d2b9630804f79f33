package org.examroom.central.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Everything under {@code /api/v1} but the chunk intake needs the office's admin token as a bearer token;
 * chunks carry their own proof, the site's signature.
 */
public final class AdminGuard implements Filter {

    private final byte[] token;

    public AdminGuard(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.prologue().uriPath().path();
        if (!path.startsWith("/api/v1/") || path.equals(IntakeService.CHUNKS_PATH)) {
            chain.proceed();
            return;
        }
        String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        byte[] shown = header.startsWith("Bearer ") ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(shown, token)) {
            ProblemHandlers.send(req, res, Problem.unauthenticated("Send the office's admin token as 'Authorization: Bearer …'"));
            return;
        }
        chain.proceed();
    }
}
