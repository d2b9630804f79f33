package org.examroom.terminal.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.examroom.common.Failures;
import org.examroom.common.wire.Jsons;

/** Pairs over the controller's HTTP API: {@code POST /api/v1/terminals/pair}. */
public final class HttpPairingService implements PairingService {

    private final URI controller;
    private final HttpClient http;
    private final Consumer<Credential> keep;

    /** Talks to the controller at {@code controller}, trusting what {@code tls} trusts (the room CA). */
    public HttpPairingService(URI controller, SSLContext tls) {
        this(controller, tls, credential -> { });
    }

    /** As above, handing the credential the controller issued to {@code keep} before reporting success. */
    public HttpPairingService(URI controller, SSLContext tls, Consumer<Credential> keep) {
        this.controller = controller;
        this.keep = keep;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build();
    }

    @Override
    public CompletableFuture<Outcome> pair(String terminalId, String code) {
        String body = Jsons.createObjectBuilder().add("terminalId", terminalId).add("code", code).build().toString();
        HttpRequest request = HttpRequest.newBuilder(controller.resolve("/api/v1/terminals/pair"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(this::outcome)
                .exceptionally(failure -> new Outcome.Refused(controller + ": " + Failures.rootMessage(failure)));
    }

    private Outcome outcome(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return new Outcome.Refused("HTTP " + response.statusCode() + " " + controller);
        }
        try (var reader = Jsons.createReader(new StringReader(response.body()))) {
            JsonObject reply = reader.readObject();
            if (!(reply.get("seat") instanceof JsonString seat)) {
                return new Outcome.Refused("the controller's reply names no seat");
            }
            if (reply.get("credential") instanceof JsonString token && reply.get("terminalId") instanceof JsonString id) {
                keep.accept(new Credential(id.getString(), token.getString(), seat.getString(),
                        reply.get("roomId") instanceof JsonString room ? java.util.Optional.of(room.getString())
                                : java.util.Optional.empty()));
            }
            return new Outcome.Paired(seat.getString());
        } catch (JsonParsingException e) {
            return new Outcome.Refused("the controller's reply is not JSON: " + e.getMessage());
        }
    }
}
