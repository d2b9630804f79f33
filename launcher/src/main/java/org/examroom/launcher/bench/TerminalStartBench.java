package org.examroom.launcher.bench;

import jakarta.json.JsonArrayBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.examroom.common.net.RoomTrust;
import org.examroom.common.wire.Jsons;
import org.examroom.launcher.sim.RoomApi;
import org.examroom.room.RoomController;
import org.examroom.room.RoomSettings;
import org.examroom.terminal.TerminalIdentity;
import org.examroom.terminal.client.Credential;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examroom bench terminal-start}: a paired terminal's cold start, from starting its process to the seat screen
 * shown (the first pulse that lays it out), against a room controller running here. Each run is a new JVM on Monocle,
 * as a kiosk is started after a power cut. The goal is under 3 s.
 */
@Command(name = "terminal-start", mixinStandardHelpOptions = true,
        description = {"Times a terminal's cold start to the seat screen in a new JVM (goal < 3 s).",
            "Время холодного запуска терминала до экрана с местом."})
public final class TerminalStartBench implements Callable<Integer> {

    private static final String PASSWORD = "terminal-start-bench";
    private static final long GOAL_MS = 3000;

    @Option(names = "--runs", paramLabel = "N", description = "Timed starts (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--lang", paramLabel = "ru|en", description = "Language of the screens (default: ${DEFAULT-VALUE}).")
    String lang = "ru";

    @Option(names = "--app-cds", description = "Start the terminal with an application class-data archive (made by one"
            + " untimed start first), as a kiosk image could ship it.")
    boolean appCds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path roomData = Files.createTempDirectory("terminal-start-room");
        Path terminalData = Files.createTempDirectory("terminal-start-terminal");
        try (RoomController room = RoomController.start(RoomSettings.load(Optional.empty(), Map.of(
                "examroom.data", roomData.toString(), "server.port", "0", "examroom.bootstrap.password", PASSWORD)),
                Clock.systemUTC())) {
            pair(room, terminalData);
            List<String> command = command(room, terminalData);
            if (appCds) {
                Path archive = terminalData.resolve("terminal.jsa");
                command.addAll(1, List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive));
                start(command);
                out.printf(Locale.ROOT, "class-data archive %s: %d MB%n", archive, Files.size(archive) >> 20);
            }
            Timings timings = new Timings(runs);
            JsonArrayBuilder each = Jsons.createArrayBuilder();
            for (int run = 1; run <= runs; run++) {
                Start start = start(command);
                timings.add(start.nanos());
                each.add(Math.round(start.nanos() / 1e6));
                out.printf(Locale.ROOT, "run %d: %d ms to the seat screen (the terminal's JVM up %d ms)%n", run,
                        Math.round(start.nanos() / 1e6), start.uptimeMs());
                out.flush();
            }
            double p50 = timings.percentileMillis(0.50);
            double max = timings.percentileMillis(1.0);
            out.printf(Locale.ROOT, "terminal start to seat screen: p50 %.0f ms, max %.0f ms over %d runs (goal < %d ms), %d cores%n",
                    p50, max, runs, GOAL_MS, Runtime.getRuntime().availableProcessors());
            out.println(Jsons.createObjectBuilder().add("bench", "terminal-start").add("runs", each)
                    .add("appCds", appCds).add("p50Ms", Math.round(p50)).add("maxMs", Math.round(max)).add("goalMs", GOAL_MS)
                    .add("cores", Runtime.getRuntime().availableProcessors()).build());
            return 0;
        }
    }

    /** A terminal paired to a seat of room 101, as the console's pairing code would leave it. */
    private static void pair(RoomController room, Path terminalData) throws IOException {
        RoomApi api = new RoomApi(room.localUri(), RoomTrust.sslContext(room.caFile().orElseThrow()));
        String admin = api.must(() -> api.post("/api/v1/auth/login", null, Jsons.createObjectBuilder().add("login", "admin")
                .add("password", PASSWORD).build())).ok().getString("token");
        api.must(() -> api.put("/api/v1/rooms/101", admin, Jsons.createObjectBuilder().add("name", "101").add("rows", 1)
                .add("columns", 1).build())).ok();
        String seat = "1-1";
        String code = api.must(() -> api.post("/api/v1/pairing-codes", admin, Jsons.createObjectBuilder().add("roomId", "101")
                .add("seat", seat).build())).ok().getString("code");
        String terminalId = TerminalIdentity.loadOrCreate(terminalData);
        String credential = api.must(() -> api.post("/api/v1/terminals/pair", null, Jsons.createObjectBuilder()
                .add("terminalId", terminalId).add("code", code).build())).ok().getString("credential");
        new Credential(terminalId, credential, seat, Optional.of("101")).save(terminalData);
    }

    private List<String> command(RoomController room, Path terminalData) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), TerminalStartProbe.class.getName(),
                "--controller=" + room.localUri(), "--ca=" + room.caFile().orElseThrow().toAbsolutePath(),
                "--data=" + terminalData.toAbsolutePath(), "--lang=" + lang, "--windowed=true", "--devices=simulated"));
        return command;
    }

    private record Start(long nanos, long uptimeMs) {
    }

    private static Start start(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("terminal-start", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(TerminalStartProbe.SHOWN)) {
                    long nanos = System.nanoTime() - started;
                    return new Start(nanos, Long.parseLong(line.substring(TerminalStartProbe.SHOWN.length()).strip()));
                }
            }
            throw new IllegalStateException("The terminal exited without showing the seat screen:\n" + Files.readString(errors));
        } finally {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(errors);
        }
    }
}
