package org.examroom.console.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import org.examroom.common.Failures;

/** Signs in over the controller's HTTP API: {@code POST /api/v1/auth/login}. */
public final class HttpStaffLogin implements StaffLogin {

    private final URI controller;
    private final HttpClient http;

    /** Talks to the controller at {@code controller}, trusting what {@code tls} trusts (the room CA). */
    public HttpStaffLogin(URI controller, SSLContext tls) {
        this.controller = controller;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build();
    }

    @Override
    public CompletableFuture<Outcome> signIn(String login, char[] password) {
        String body = Json.createObjectBuilder()
                .add("login", login)
                .add("password", new String(password))
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(controller.resolve("/api/v1/auth/login"))
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
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject reply = reader.readObject();
            return new Outcome.SignedIn(reply.getString("displayName", ""), reply.getString("role", ""));
        } catch (JsonParsingException e) {
            return new Outcome.Refused("the controller's reply is not JSON: " + e.getMessage());
        }
    }
}
