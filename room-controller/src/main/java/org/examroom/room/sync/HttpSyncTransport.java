package org.examroom.room.sync;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.examroom.common.wire.Jsons;

/**
 * Posts chunks to the office's {@code /api/v1/sync/chunks} over HTTPS, trusting the office's own CA
 * ({@code examroom.sync.office-ca}) or, without one, the system's (an office with a public certificate). Plain HTTP
 * is refused unless the office is on this very machine: sync crosses networks.
 */
public final class HttpSyncTransport implements SyncTransport {

    private final HttpClient http;
    private final URI endpoint;

    /** The office at {@code office}, trusted through the system's certificates (or plain HTTP on this machine). */
    public HttpSyncTransport(URI office) {
        this(office, java.util.Optional.empty());
    }

    /** The office at {@code office}, whose certificate chains to the CA in {@code officeCa} when given. */
    public HttpSyncTransport(URI office, java.util.Optional<java.nio.file.Path> officeCa) {
        if (!"https".equalsIgnoreCase(office.getScheme()) && !onThisMachine(office)) {
            throw new IllegalArgumentException("examroom.sync.office-url " + office + " is plain HTTP to another machine: "
                    + "give the office's https:// address and its CA certificate in examroom.sync.office-ca");
        }
        var builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        officeCa.ifPresent(ca -> builder.sslContext(org.examroom.common.net.RoomTrust.sslContext(ca)));
        this.http = builder.build();
        this.endpoint = office.resolve("/api/v1/sync/chunks");
    }

    private static boolean onThisMachine(URI office) {
        String host = office.getHost() == null ? "" : office.getHost();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        String json = Jsons.createObjectBuilder().add("site", envelope.site()).add("no", envelope.no())
                .add("body", envelope.body()).add("signature", envelope.signature()).build().toString();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonObject answer = parse(response.body());
            if (response.statusCode() == 200) {
                return new Delivery.Acknowledged("duplicate".equals(answer.getString("status", "")));
            }
            if (response.statusCode() == 409 && answer.containsKey("reason")) {
                return new Delivery.Refused(answer.getString("reason"), answer.getString("detail", ""));
            }
            return new Delivery.Unreachable("The office answered " + response.statusCode() + ": " + answer.getString("detail", ""));
        } catch (IOException e) {
            return new Delivery.Unreachable("The office cannot be reached: " + org.examroom.common.Failures.rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.Unreachable("Interrupted");
        }
    }

    private static JsonObject parse(String body) {
        try (var reader = Jsons.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
