package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code examroom room --data DIR --port 0}, as an operator runs it, until it is stopped. */
class RoomCommandTest {

    private static final Pattern LISTENING = Pattern.compile("listening:\\s+https://localhost:(\\d+)/");

    @TempDir
    Path data;

    @Test
    void servesHealthWithItsDatabaseInTheDataFolderUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread room = Thread.ofPlatform().name("room-under-test").start(() -> {
            CommandLine cli = ExamRoom.commandLine();
            cli.setOut(new PrintWriter(out, true));
            exit.set(cli.execute("room", "--data", data.toString(), "--port", "0"));
        });

        int port = awaitPort(out);
        assertThat(out.toString()).contains("data folder: " + data.toAbsolutePath(), "database:    " + data.resolve("db"));
        assertThat(Files.isDirectory(data.resolve("db"))).isTrue();

        assertThat(out.toString()).contains("room CA:", "first start: staff account 'admin' with password");
        HttpClient trusting = HttpClient.newBuilder()
                .sslContext(org.examroom.common.net.RoomTrust.sslContext(data.resolve("tls/room-ca.pem"))).build();
        HttpResponse<String> health = trusting.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        room.interrupt();
        room.join(Duration.ofSeconds(20));
        assertThat(room.isAlive()).isFalse();
        assertThat(exit.get()).isNotZero(); // interrupted, not a clean stop
    }

    private static int awaitPort(StringWriter out) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = LISTENING.matcher(out.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The room controller did not say where it listens. Output so far:\n" + out);
    }
}
