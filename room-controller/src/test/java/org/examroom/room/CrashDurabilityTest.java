package org.examroom.room;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.examroom.common.net.RoomTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A controller in a child JVM is killed with SIGKILL at random moments while a terminal saves answers;
 * after each restart, every answer the controller had acknowledged is there.
 */
class CrashDurabilityTest {

    private static final int CYCLES = 3;
    private static final int ITEMS = 12;

    @TempDir
    Path data;

    private Process child;
    private HttpClient http;
    private URI base;

    @Test
    void everyAcknowledgedAnswerSurvivesAKillMinusNine() throws Exception {
        start();
        String admin = signIn();
        String terminal = inProgressTerminal(admin);

        Map<String, Long> acked = new ConcurrentHashMap<>();
        Random random = new Random(20260715);
        long seq = 0;
        int acknowledgedInAll = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService savers = Executors.newFixedThreadPool(4);
            long firstSeq = seq + 1;
            seq += 100_000;
            for (int w = 0; w < 4; w++) {
                int worker = w;
                long startSeq = firstSeq + worker * 20_000L;
                savers.submit(() -> {
                    long s = startSeq;
                    while (!killed.get()) {
                        String item = "q" + (int) (s % ITEMS);
                        try {
                            var reply = send(put("/api/v1/terminal/answers/" + item, terminal,
                                    "{\"seq\":" + s + ",\"response\":\"answer-" + s + "\"}"));
                            if (reply.statusCode() == 200) {
                                acked.merge(item, s, Math::max);
                            }
                        } catch (IOException | InterruptedException e) {
                            // the controller is gone: nothing was acknowledged for this save
                        }
                        s++;
                    }
                    return null;
                });
            }
            Thread.sleep(400 + random.nextInt(1200));
            child.destroyForcibly();
            killed.set(true);
            child.waitFor(30, TimeUnit.SECONDS);
            savers.shutdown();
            assertThat(savers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            start();
            JsonObject stored = json(send(get("/api/v1/terminal/answers", terminal)).body()).getJsonObject("answers");
            for (var entry : acked.entrySet()) {
                assertThat(stored.containsKey(entry.getKey())).as("item %s after kill %d", entry.getKey(), cycle + 1).isTrue();
                long storedSeq = stored.getJsonObject(entry.getKey()).getJsonNumber("seq").longValue();
                assertThat(storedSeq).as("item %s after kill %d", entry.getKey(), cycle + 1).isGreaterThanOrEqualTo(entry.getValue());
            }
            acknowledgedInAll = acked.size();
        }
        assertThat(acknowledgedInAll).as("the test saved and had answers acknowledged").isEqualTo(ITEMS);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    private void start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-Dderby.stream.error.file=" + data.resolve("derby-child.log"),
                "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                "-cp", System.getProperty("java.class.path"), ChildController.class.getName(), data.toString());
        pb.redirectErrorStream(true);
        child = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plusSeconds(90);
        String line;
        int port = -1;
        while (Instant.now().isBefore(deadline) && (line = out.readLine()) != null) {
            if (line.startsWith("PORT=")) {
                port = Integer.parseInt(line.substring(5).strip());
                break;
            }
        }
        assertThat(port).as("the child controller said its port").isPositive();
        Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
        base = URI.create("https://localhost:" + port);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .sslContext(RoomTrust.sslContext(data.resolve("tls/room-ca.pem"))).build();
    }

    private String signIn() throws Exception {
        return json(send(post("/api/v1/auth/login", null,
                "{\"login\":\"admin\",\"password\":\"" + RunningRoom.ADMIN_PASSWORD + "\"}")).body()).getString("token");
    }

    /** Drives the API as a supervisor and a terminal would, up to an attempt in progress; returns the terminal's credential. */
    private String inProgressTerminal(String admin) throws Exception {
        String start = Instant.now().toString();
        ok(send(put("/api/v1/exams/MATH-1", admin, Json.createObjectBuilder().add("subject", "Математика").add("programme", "01.03.02")
                .add("scheduledStart", start).add("durationMinutes", 180).add("passMark", 40)
                .add("variants", Json.createArrayBuilder().add("V1")).build().toString())));
        ok(send(post("/api/v1/applicants/import", admin, "text/csv",
                "id;surname;given_name;document_kind;document_number;exams\nA-1;Иванова;Анна;PASSPORT_RF;1;MATH-1\n")));
        ok(send(post("/api/v1/attempts/A-1.MATH-1/admit", admin, "{\"documentChecked\":true}")));
        String key = json(send(post("/api/v1/attempts/A-1.MATH-1/key", admin, "{}")).body()).getString("key");
        String code = json(send(post("/api/v1/pairing-codes", admin, "{}")).body()).getString("code");
        String terminal = json(send(post("/api/v1/terminals/pair", null,
                "{\"terminalId\":\"T-7F3K2Q\",\"code\":\"" + code + "\"}")).body()).getString("credential");
        ok(send(post("/api/v1/terminal/key", terminal, "{\"key\":\"" + key + "\"}")));
        ok(send(post("/api/v1/terminal/rules", terminal, "{\"rules\":true,\"personalDataConsent\":true}")));
        String jpeg = TestImages.jpeg();
        ok(send(post("/api/v1/terminal/photos", terminal, "{\"photos\":[\"" + jpeg + "\"]}")));
        ok(send(post("/api/v1/terminal/start", terminal, "")));
        return terminal;
    }

    private static void ok(HttpResponse<String> reply) {
        assertThat(reply.statusCode()).as(reply.body()).isBetween(200, 299);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build();
    }

    private HttpRequest post(String path, String token, String body) {
        return post(path, token, "application/json", body);
    }

    private HttpRequest post(String path, String token, String type, String body) {
        var b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private HttpRequest put(String path, String token, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
