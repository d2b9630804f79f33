package org.examroom.launcher.sim;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.examroom.common.wire.Jsons;

/** The controller's HTTP API as simulated consoles and terminals call it: JSON in, JSON out, bearer tokens. */
public final class RoomApi {

    private final URI base;
    private final HttpClient http;

    public RoomApi(URI base, SSLContext tls) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).sslContext(tls).build();
    }

    /** A reply: its status and body. */
    public record Reply(int status, String body) {
        public JsonObject json() {
            try (var reader = Jsons.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The reply's JSON when the call succeeded; otherwise an exception that says what the controller answered. */
        public JsonObject ok() {
            if (status / 100 != 2) {
                throw new IllegalStateException("the controller answered " + status + ": " + body);
            }
            return body.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : json();
        }
    }

    public Reply get(String path, String token) throws IOException {
        return send(request(path, token).GET());
    }

    /** The raw bytes of a GET (a PDF, a zip); fails with the controller's answer when it is not 200. */
    public byte[] download(String path, String token) throws IOException {
        try {
            HttpResponse<byte[]> r = http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IOException(path + " answered " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public Reply post(String path, String token, JsonValue body) throws IOException {
        return post(path, token, "application/json", body.toString());
    }

    public Reply post(String path, String token, String contentType, String body) throws IOException {
        return send(request(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String path, String token, JsonValue body) throws IOException {
        return send(request(path, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply put(String path, String token, String contentType, String body) throws IOException {
        return send(request(path, token).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply putBytes(String path, String token, byte[] body) throws IOException {
        return send(request(path, token).header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Any call, for callers that cannot go on without it succeeding: the reply's JSON object (empty for an empty
     * body), or an exception naming the call and what the controller answered.
     */
    public JsonObject expectOk(String method, String path, String token, String contentType, HttpRequest.BodyPublisher body) {
        Reply reply;
        try {
            reply = send(request(path, token).header("Content-Type", contentType).method(method, body));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + reply.status() + " " + reply.body());
        }
        return reply.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : reply.json();
    }

    /** Like {@link #get} etc., for callers that cannot go on without the controller. */
    public Reply must(IoCall call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A call that may fail with an I/O error. */
    public interface IoCall {
        Reply run() throws IOException;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
