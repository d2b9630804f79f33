package org.examroom.room;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.examroom.common.net.RoomTrust;

/**
 * A real controller on a real Derby in a temporary folder, on a free port, with a clock the test moves,
 * and a small HTTP client that speaks to it as terminals and consoles do.
 */
public final class RunningRoom implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    public final MutableClock clock;
    public final RoomController controller;
    private final HttpClient http;
    private final URI base;

    public RunningRoom(Path data) {
        this(data, Instant.parse("2026-07-15T06:30:00Z"));
    }

    public RunningRoom(Path data, Instant now) {
        this.clock = new MutableClock(now);
        this.controller = RoomController.start(RoomSettings.load(Optional.empty(), Map.of(
                "examroom.data", data.toString(),
                "server.port", "0",
                "examroom.bootstrap.password", ADMIN_PASSWORD)), clock);
        this.base = controller.localUri();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .sslContext(RoomTrust.sslContext(controller.caFile().orElseThrow())).build();
    }

    /** A reply: status, and the body as JSON when it is JSON. */
    public record Reply(int status, String contentType, String body) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String field() {
            return json().getString("field", null);
        }
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
    }

    public Reply post(String path, String token, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    public Reply postAs(String path, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    public Reply put(String path, String token, JsonValue body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())), token);
    }

    public Reply delete(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), token);
    }

    public Reply post(String path, String token, JsonValue body) {
        return post(path, token, body.toString());
    }

    /** Any method, with a JSON body. */
    public Reply send(String method, String path, String token, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private Reply send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a download as the controller sent it, byte for byte; fails the test unless it is 200. */
    public byte[] bytes(String path, String token) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode() + ": " + new String(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a PDF the controller serves, read back with PDFBox. */
    public String pdfText(String path, String token) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode() + ": " + new String(response.body()));
            }
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and returns the bearer token; fails the test if sign-in fails. */
    public String signIn(String login, String password) {
        Reply reply = post("/api/v1/auth/login", null, Json.createObjectBuilder().add("login", login).add("password", password).build());
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + login + " failed: " + reply);
        }
        return reply.json().getString("token");
    }

    /**
     * Pairs a terminal the way a technician does: staff ask for a pairing code ({@code codeRequest}: the room and
     * seat, or nothing), the terminal presents it; returns the terminal's credential.
     */
    public String pairTerminal(String staffToken, String terminalId, JsonObject codeRequest) {
        String code = post("/api/v1/pairing-codes", staffToken, codeRequest).json().getString("code");
        return post("/api/v1/terminals/pair", null, Json.createObjectBuilder().add("terminalId", terminalId).add("code", code).build())
                .json().getString("credential");
    }

    public String admin() {
        return signIn(RoomController.BOOTSTRAP_LOGIN, ADMIN_PASSWORD);
    }

    @Override
    public void close() {
        controller.close();
    }

    /** A clock the test sets and moves. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
