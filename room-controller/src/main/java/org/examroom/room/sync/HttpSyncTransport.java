package org.examroom.room.sync;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts chunks to the office's {@code /api/v1/sync/chunks}. */
public final class HttpSyncTransport implements SyncTransport {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;

    public HttpSyncTransport(URI office) {
        this.endpoint = office.resolve("/api/v1/sync/chunks");
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        String json = Json.createObjectBuilder().add("site", envelope.site()).add("no", envelope.no())
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
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
