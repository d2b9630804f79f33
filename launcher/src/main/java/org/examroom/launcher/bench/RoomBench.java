package org.examroom.launcher.bench;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Item;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.net.RoomTrust;
import org.examroom.common.seal.ExamContent;
import org.examroom.common.seal.SealedPackage;
import org.examroom.common.seal.SigningKeys;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.variant.Variant;
import org.examroom.common.wire.Jsons;
import org.examroom.launcher.sim.RoomApi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examroom bench room --terminals N --seconds S}: a real controller in a JVM of its own, N simulated
 * terminals seated and writing, each sending a heartbeat every second and an answer every 10 s, after an
 * exam-start storm in which all of them fetch their variant at once. Prints latency per call type, errors
 * and the controller's heap, then one JSON line.
 */
@Command(name = "room", mixinStandardHelpOptions = true,
        description = {"Load on a real room controller: N terminals' heartbeats, answer saves and the start storm.",
            "Нагрузка на сервер аудитории: N терминалов."})
public final class RoomBench implements Callable<Integer> {

    private static final String PASSWORD = "bench-admin-password";
    private static final int ITEMS = 40;

    @Option(names = "--terminals", paramLabel = "N", description = "Simulated terminals (default: ${DEFAULT-VALUE}).")
    int terminals = 1000;

    @Option(names = "--seconds", paramLabel = "S", description = "Length of the steady load after the start storm (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--heap", paramLabel = "SIZE", description = "The controller's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap = "1g";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private URI base;
    private RoomApi api;

    /** Latencies of one call type, gathered from many threads. */
    static final class Calls {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();

        Timings timings() {
            Timings t = new Timings(Math.max(1, nanos.size()));
            nanos.forEach(t::add);
            return t;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (terminals < 1 || terminals > 1600 || seconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--terminals must lie in 1..1600 and --seconds be positive");
        }
        Path data = Files.createTempDirectory("examroom-bench-room");
        KeyPair office = SigningKeys.generate();
        Files.createDirectories(data.resolve("trust"));
        Files.writeString(data.resolve("trust/office.pub"), SigningKeys.publicKeyText(office.getPublic()));
        Process controller = startController(data);
        try {
            out.printf(Locale.ROOT, "controller up at %s; seating %d terminals…%n", base, terminals);
            out.flush();
            Instant setupStart = Instant.now();
            String admin = signIn();
            List<String> credentials = setUp(admin, office);
            out.printf(Locale.ROOT, "setup %d s%n", Duration.between(setupStart, Instant.now()).toSeconds());

            Calls variant = new Calls();
            warmUp(credentials);
            long storm = startStorm(credentials, variant);
            Calls heartbeat = new Calls();
            Calls save = new Calls();
            steadyLoad(credentials, heartbeat, save);
            JsonObject status = api.must(() -> api.get("/api/v1/status", admin)).ok();

            out.println(line("heartbeat", heartbeat));
            out.println(line("save", save));
            out.println(line("variant", variant));
            out.printf(Locale.ROOT, "start storm: %d terminals served in %d ms%n", terminals, storm);
            out.printf(Locale.ROOT, "controller heap: %d MB used of %d MB max%n", status.getInt("heapUsedMb"), status.getInt("heapMaxMb"));
            out.println(Jsons.createObjectBuilder().add("terminals", terminals)
                    .add("calls", Jsons.createObjectBuilder().add("heartbeat", json(heartbeat)).add("save", json(save)).add("variant", json(variant)))
                    .add("startStormMs", storm).add("heapMaxMb", status.getInt("heapMaxMb")).add("heapUsedMb", status.getInt("heapUsedMb"))
                    .build());
            return heartbeat.errors.get() + save.errors.get() + variant.errors.get() == 0 ? 0 : 1;
        } finally {
            controller.destroy();
            controller.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process startController(Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED",
                "-Dexamroom.bootstrap.password=" + PASSWORD,
                "-cp", System.getProperty("java.class.path"), "org.examroom.launcher.ExamRoom",
                "room", "--data", data.toString(), "--port", "0");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            int at = line.indexOf("listening:");
            if (at >= 0) {
                String url = line.substring(at + "listening:".length()).strip().split("\\s+")[0];
                base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
                break;
            }
        }
        if (base == null) {
            throw new IllegalStateException("The controller did not start");
        }
        Thread.ofVirtual().start(() -> {
            try {
                lines.lines().forEach(l -> { });
            } catch (java.io.UncheckedIOException e) {
                // the controller was stopped
            }
        });
        api = new RoomApi(base, RoomTrust.sslContext(data.resolve("tls/room-ca.pem")));
        return p;
    }

    /** The exam, the room, N applicants seated, admitted and keyed, N terminals paired, writing; returns the credentials. */
    private List<String> setUp(String admin, KeyPair office) throws Exception {
        api.must(() -> api.put("/api/v1/exams/BENCH-1", admin, Jsons.createObjectBuilder().add("subject", "Математика")
                .add("programme", "01.03.02").add("scheduledStart", Instant.now().toString()).add("durationMinutes", 240).add("passMark", 40)
                .add("variants", Jsons.createArrayBuilder().add("V1").add("V2")).build())).ok();
        int columns = 40;
        int rows = (terminals + columns - 1) / columns;
        api.must(() -> api.put("/api/v1/rooms/R1", admin, Jsons.createObjectBuilder().add("rows", rows).add("columns", columns).build())).ok();
        StringBuilder csv = new StringBuilder("id;surname;given_name;document_kind;document_number;exams\n");
        for (int i = 0; i < terminals; i++) {
            csv.append("A-").append(i).append(";Фамилия").append(i).append(";Имя;PASSPORT_RF;").append(1_000_000 + i).append(";BENCH-1\n");
        }
        api.must(() -> api.post("/api/v1/applicants/import", admin, "text/csv", csv.toString())).ok();
        JsonObject plan = api.must(() -> api.post("/api/v1/exams/BENCH-1/seating", admin, "application/json", "{\"rooms\":[\"R1\"],\"seed\":1}")).ok();
        Map<String, String> seatOf = new java.util.HashMap<>();
        plan.getJsonArray("seated").forEach(v -> seatOf.put(v.asJsonObject().getString("applicantId"), v.asJsonObject().getString("seat")));
        uploadPackage(admin, office);

        return parallel(i -> {
            String applicant = "A-" + i;
            String attempt = applicant + ".BENCH-1";
            api.must(() -> api.post("/api/v1/attempts/" + attempt + "/admit", admin, "application/json", "{\"documentChecked\":true}")).ok();
            String key = api.must(() -> api.post("/api/v1/attempts/" + attempt + "/key", admin, "application/json", "{}")).ok().getString("key");
            String code = api.must(() -> api.post("/api/v1/pairing-codes", admin, "application/json", "{\"roomId\":\"R1\",\"seat\":\"" + seatOf.get(applicant) + "\"}")).ok().getString("code");
            String terminalId = String.format(Locale.ROOT, "T-%06d", i).replace('I', '1');
            String credential = api.must(() -> api.post("/api/v1/terminals/pair", null, "application/json", "{\"terminalId\":\"" + terminalId + "\",\"code\":\"" + code + "\"}")).ok().getString("credential");
            api.must(() -> api.post("/api/v1/terminal/key", credential, "application/json", "{\"key\":\"" + key + "\"}")).ok();
            api.must(() -> api.post("/api/v1/terminal/rules", credential, "application/json", "{\"rules\":true,\"personalDataConsent\":true}")).ok();
            api.must(() -> api.post("/api/v1/terminal/photos", credential, "application/json", "{\"photos\":[\"" + TINY_JPEG + "\"]}")).ok();
            api.must(() -> api.post("/api/v1/terminal/start", credential, "application/json", "")).ok();
            return credential;
        }, 8);
    }

    private void uploadPackage(String admin, KeyPair office) throws Exception {
        StringBuilder bank = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><quiz>");
        for (int i = 0; i < ITEMS; i++) {
            bank.append("<question type=\"multichoice\"><name><text>Вопрос ").append(i).append("</text></name>")
                    .append("<questiontext format=\"html\"><text>Сколько будет ").append(i).append(" + 1?</text></questiontext>")
                    .append("<defaultgrade>1</defaultgrade><single>true</single>")
                    .append("<answer fraction=\"100\"><text>").append(i + 1).append("</text></answer>")
                    .append("<answer fraction=\"0\"><text>").append(i + 2).append("</text></answer></question>");
        }
        byte[] file = bank.append("</quiz>").toString().getBytes(StandardCharsets.UTF_8);
        List<Item> items = ContentImporter.importBytes("bank.xml", file, SourceFiles.none()).items();
        List<String> keys = items.stream().map(i -> ExamContent.itemKey("bank.xml", i.id())).toList();
        UnsealKey unseal = UnsealKey.generate();
        byte[] sealed = SealedPackage.seal(new ExamContent("BENCH-1", "Математика", Map.of("bank.xml", file),
                List.of(new Variant("V1", keys), new Variant("V2", keys.reversed()))), office.getPrivate(), office.getPublic(), unseal,
                Clock.systemUTC());
        api.must(() -> api.putBytes("/api/v1/exams/BENCH-1/package", admin, sealed)).ok();
        api.must(() -> api.post("/api/v1/exams/BENCH-1/unseal", admin, "application/json", "{\"key\":\"" + unseal.toText() + "\"}")).ok();
    }

    /** Terminals heartbeat before the start, as they do in a room: the storm meets open connections. */
    private void warmUp(List<String> credentials) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(credentials.size());
        for (String credential : credentials) {
            Thread.ofVirtual().start(() -> {
                try {
                    api.post("/api/v1/terminal/heartbeat", credential, "application/json", "{\"status\":\"WAITING\"}");
                } catch (IOException e) {
                    // counted in the storm if it persists
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(120, TimeUnit.SECONDS);
    }

    /** Every terminal asks for its variant at the same moment; returns the time until the last one has it. */
    private long startStorm(List<String> credentials, Calls variant) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(credentials.size());
        for (String credential : credentials) {
            Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                    timed(variant, () -> api.get("/api/v1/terminal/variant", credential));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        long start = System.nanoTime();
        go.countDown();
        done.await(120, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Each terminal: a heartbeat every second, an answer every 10 s, for the given seconds, starting at random offsets. */
    private void steadyLoad(List<String> credentials, Calls heartbeat, Calls save) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(credentials.size());
        java.util.Random random = new java.util.Random(7);
        for (String credential : credentials) {
            long offset = random.nextInt(1000);
            int answerPhase = random.nextInt(10);
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(offset);
                    long seq = 0;
                    for (int tick = 0; System.nanoTime() < end; tick++) {
                        long next = System.nanoTime() + 1_000_000_000L;
                        timed(heartbeat, () -> api.post("/api/v1/terminal/heartbeat", credential, "application/json",
                                "{\"status\":\"WRITING\",\"clockOffsetMs\":3,\"pendingAnswers\":0}"));
                        if (tick % 10 == answerPhase) {
                            seq++;
                            String item = "q" + (seq % ITEMS + 1);
                            String body = "{\"seq\":" + seq + ",\"response\":{\"RESPONSE\":{\"type\":\"identifier\",\"value\":\"A\"}}}";
                            timed(save, () -> api.put("/api/v1/terminal/answers/" + item, credential, "application/json", body));
                        }
                        long sleep = next - System.nanoTime();
                        if (sleep > 0) {
                            TimeUnit.NANOSECONDS.sleep(sleep);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(seconds + 120L, TimeUnit.SECONDS);
    }

    private static void timed(Calls calls, RoomApi.IoCall call) {
        long start = System.nanoTime();
        try {
            RoomApi.Reply reply = call.run();
            calls.nanos.add(System.nanoTime() - start);
            if (reply.status() / 100 != 2) {
                calls.errors.incrementAndGet();
            }
        } catch (IOException e) {
            calls.errors.incrementAndGet();
        }
    }

    private <T> List<T> parallel(IntFunction<T> work, int threads) throws InterruptedException {
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(terminals, null));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < terminals; i++) {
            int index = i;
            pool.submit(() -> {
                try {
                    T r = work.apply(index);
                    synchronized (results) {
                        results.set(index, r);
                    }
                } catch (RuntimeException e) {
                    errors.add(e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Setting up the terminals failed " + errors.size() + " times; first: " + errors.getFirst().getMessage(),
                    errors.getFirst());
        }
        return results;
    }

    private static String line(String name, Calls calls) {
        Timings t = calls.timings();
        return String.format(Locale.ROOT, "%-9s n=%d, p50=%.2f ms, p95=%.2f ms, p99=%.2f ms, max=%.2f ms, errors=%d", name,
                calls.nanos.size(), t.percentileMillis(0.50), t.percentileMillis(0.95), t.percentileMillis(0.99),
                t.percentileMillis(1.0), calls.errors.get());
    }

    private static JsonObject json(Calls calls) {
        Timings t = calls.timings();
        return Jsons.createObjectBuilder().add("count", calls.nanos.size())
                .add("p50Ms", round(t.percentileMillis(0.50))).add("p95Ms", round(t.percentileMillis(0.95)))
                .add("p99Ms", round(t.percentileMillis(0.99))).add("errors", calls.errors.get()).build();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private String signIn() {
        return api.must(() -> api.post("/api/v1/auth/login", null, "application/json",
                "{\"login\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).ok().getString("token");
    }

    /** A real 8×8 grey JPEG, for the identity photo each simulated applicant must upload. */
    private static final String TINY_JPEG = tinyJpeg();

    private static String tinyJpeg() {
        try {
            var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            var bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpg", bytes);
            return java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
