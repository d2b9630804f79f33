package org.examroom.launcher.demo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.scoring.ItemScorer;
import org.examroom.common.exam.Exam;
import org.examroom.common.net.RoomTrust;
import org.examroom.common.policy.ReserveDayPolicy;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.wire.Jsons;
import org.examroom.common.wire.ResponseValueJson;
import org.examroom.launcher.sim.DemoClock;
import org.examroom.launcher.sim.RoomApi;
import org.examroom.central.CentralOffice;
import org.examroom.central.OfficeSettings;
import org.examroom.room.RoomController;
import org.examroom.room.sync.SiteKeys;
import org.examroom.room.RoomSettings;

/**
 * {@code examroom demo --headless}: a whole exam at accelerated time. A controller on embedded Derby in a
 * fresh folder; an exam sealed by a (demo) central office; a room of 30 seats and 30 applicants; staff; then
 * admissions (one late arrival admitted without extra time, one refused by the policy, one absent), thirty
 * simulated terminals writing, one removal with its act, one technical failure sent to the reserve day, one
 * network cut recovered, one applicant whose time runs out; grading, reconciliation and the audit trail.
 * Every claim the summary makes is checked; a failed check makes the exit code non-zero.
 */
public final class HeadlessDemo {

    static final int APPLICANTS = DemoExam.APPLICANTS;
    static final int SPEED = 300;
    static final Duration DURATION = DemoExam.DURATION;
    private static final String EXAM = DemoExam.EXAM;
    private static final String ADMIN_PASSWORD = "demo-admin-password";

    /** Roles in the story: applicant numbers (1-based). */
    static final int LATE = 28;
    static final int TOO_LATE = 29;
    static final int ABSENT = 30;
    static final int REMOVED = 7;
    static final int FAILURE = 12;
    static final int NETWORK_CUT = 15;
    static final int TIME_RUNS_OUT = 20;

    private final Path data;
    private final PrintWriter out;
    private final List<String> failedChecks = new ArrayList<>();

    public HeadlessDemo(Path data, PrintWriter out) {
        this.data = data;
        this.out = out;
    }

    /** Plays the exam; returns 0 when every check held, 1 otherwise. */
    public int run() throws Exception {
        Instant realStart = Instant.now();
        Instant morning = Exam.moscow(LocalDateTime.now().toLocalDate().atTime(9, 0));
        Instant start = morning.plus(Duration.ofMinutes(60));
        DemoClock clock = new DemoClock(morning, SPEED);

        DemoExam exam = DemoExam.seal(data, clock);
        List<Item> items = exam.items();
        UnsealKey unsealKey = exam.unsealKey();

        // The admissions office: its own Derby and CA in the demo folder; the room is installed there as
        // docs/operations.md says (its site key registered), and syncs to it over HTTPS when asked.
        Path officeData = data.resolve("office");
        String site = "demo-room-101";
        try (CentralOffice office = officeWithRoom(officeData, site);
             RoomController room = RoomController.start(RoomSettings.load(java.util.Optional.empty(), Map.of(
                "examroom.data", data.toString(), "server.port", "0", "examroom.bootstrap.password", ADMIN_PASSWORD,
                "examroom.sync.site-id", site, "examroom.sync.office-url", office.localUri().toString(),
                "examroom.sync.office-ca", office.caFile().orElseThrow().toString(), "examroom.sync.interval", "PT1H")),
                clock)) {
            RoomApi api = new RoomApi(room.localUri(), RoomTrust.sslContext(room.caFile().orElseThrow()));
            out.println("ExamRoom demo — a whole entrance exam at " + SPEED + "× speed");
            out.println("  controller:  " + room.localUri() + "  (data: " + data + ")");
            out.println("  room CA:     " + room.fingerprint().orElse("-"));
            out.println("  office:      " + office.localUri() + "  (CA " + office.fingerprint().orElse("-") + ", site " + site + ")");

            String admin = DemoExam.signIn(api, "admin", ADMIN_PASSWORD);
            // Before the day: the staff, the exam, the room, the applicants, the sealed package, the seating.
            DemoExam.Loaded loaded = exam.load(api, admin, start,
                    new DemoExam.Passwords("supervisor-demo-password", "committee-demo-password"));
            String supervisor = loaded.supervisor();
            String committee = loaded.committee();
            check(loaded.imported() == APPLICANTS, "all 30 applicants imported");
            JsonObject packageIdentity = loaded.packageIdentity();
            Map<String, String> seatOf = loaded.seatOf();
            out.printf(Locale.ROOT, "  before:      exam %s at %s Moscow, %d min, policy TPU; package %s (%d items, seals intact); %d seated%n",
                    EXAM, "10:00", DURATION.toMinutes(), packageIdentity.getString("shortFingerprint"), packageIdentity.getInt("items"),
                    seatOf.size());

            List<SimulatedApplicant> people = new ArrayList<>();
            for (int i = 1; i <= APPLICANTS; i++) {
                String id = applicant(i);
                String code = DemoExam.pairingCode(api, admin, seatOf.get(id));
                String terminalId = String.format(Locale.ROOT, "T-DEM%03d", i).replace('I', '1');
                String credential = api.must(() -> api.post("/api/v1/terminals/pair", null, Jsons.createObjectBuilder()
                        .add("terminalId", terminalId).add("code", code).build())).ok().getString("credential");
                people.add(new SimulatedApplicant(i, id, credential, api, new Random(1000 + i), 0.35 + (i % 10) * 0.065));
            }

            // The day: admission at the door, 15 minutes before the start.
            clock.set(start.minus(Duration.ofMinutes(15)));
            for (SimulatedApplicant p : people) {
                if (p.number < LATE) {
                    admitAndKey(api, supervisor, p, "ADMITTED");
                }
            }
            clock.set(start);
            JsonObject unsealed = api.must(() -> api.post("/api/v1/exams/" + EXAM + "/unseal", supervisor,
                    Jsons.createObjectBuilder().add("key", unsealKey.toText()).build())).ok();
            check(unsealed.getBoolean("unsealed"), "the package unsealed at the start");
            for (SimulatedApplicant p : people) {
                if (p.number < LATE) {
                    p.begin(items);
                }
            }
            out.printf(Locale.ROOT, "  10:00        package unsealed; %d applicants writing%n", LATE - 1);

            // Writing, at speed: the terminals answer and heartbeat; the story happens around them.
            clock.run();
            List<SimulatedApplicant> writing = new ArrayList<>(people.stream().filter(p -> p.number < LATE).toList());
            CountDownLatch done = new CountDownLatch(LATE);
            for (SimulatedApplicant p : writing) {
                startWriting(p, clock.realTimeFor(Duration.ofMinutes(40)), done);
            }

            waitUntil(clock, start.plus(Duration.ofMinutes(10)));
            SimulatedApplicant cut = people.get(NETWORK_CUT - 1);
            cut.cutNetwork(true);
            out.println("  10:10        " + cut.id + "'s terminal loses the network; its answers wait in its journal");

            // A late arrival, 20 minutes after the start: TPU admits without extra time.
            waitUntil(clock, start.plus(Duration.ofMinutes(20)));
            clock.stop();
            SimulatedApplicant late = people.get(LATE - 1);
            JsonObject lateDecision = admitAndKey(api, supervisor, late, "ADMITTED");
            late.begin(items);
            long lateRemaining = late.heartbeat().getJsonObject("attempt").getJsonNumber("remainingSeconds").longValue();
            check(lateRemaining == Duration.between(clock.instant(), start.plus(DURATION)).toSeconds(),
                    "the late arrival ends with everyone (no extra time)");
            out.println("  10:20        late arrival " + late.id + ": " + lateDecision.getJsonObject("explanation").getString("ru"));
            writing.add(late);
            clock.run();
            startWriting(late, clock.realTimeFor(Duration.ofMinutes(30)), done);

            waitUntil(clock, start.plus(Duration.ofMinutes(25)));
            cut.cutNetwork(false);
            out.println("  10:25        " + cut.id + "'s network is back; the journal is sent in order");

            SimulatedApplicant removed = people.get(REMOVED - 1);
            JsonObject removal = api.must(() -> api.post("/api/v1/attempts/" + removed.attempt() + "/remove", supervisor,
                    Jsons.createObjectBuilder().add("actNumber", "АКТ-1").add("rule", "пользование мобильным телефоном")
                            .add("reason", "использовал телефон во время испытания").build())).ok();
            check("REMOVED".equals(removal.getString("state")), "the removal is recorded");
            out.println("  10:25        " + removed.id + " removed with act АКТ-1 (mobile phone)");

            SimulatedApplicant failure = people.get(FAILURE - 1);
            JsonObject failed = api.must(() -> api.post("/api/v1/attempts/" + failure.attempt() + "/technical-failure", supervisor,
                    Jsons.createObjectBuilder().add("description", "отказ монитора терминала").build())).ok();
            var reserve = ReserveDayPolicy.decide(org.examroom.common.attempt.AttemptState.valueOf(failed.getString("state")),
                    ReserveDayPolicy.Reason.TECHNICAL_FAILURE, false);
            check(reserve instanceof ReserveDayPolicy.Decision.Eligible, "the technical failure is sent to the reserve day");
            out.println("  10:25        " + failure.id + ": technical failure — " + reserve.explanation().in(Locale.of("ru")));

            // Too late, 45 minutes after the start: refused by the policy.
            waitUntil(clock, start.plus(Duration.ofMinutes(45)));
            clock.stop();
            SimulatedApplicant tooLate = people.get(TOO_LATE - 1);
            JsonObject refused = DemoExam.admit(api, supervisor, tooLate.attempt());
            check("NOT_ADMITTED".equals(refused.getString("decision")), "the applicant 45 minutes late is refused");
            out.println("  10:45        " + tooLate.id + ": " + refused.getJsonObject("explanation").getString("ru"));
            clock.run();

            check(done.await(clock.realTimeFor(DURATION).toSeconds() + 60, TimeUnit.SECONDS), "every terminal finished its work");
            // The end of time: the controller submits whoever is still writing.
            waitUntil(clock, start.plus(DURATION).plus(Duration.ofMinutes(5)));
            clock.stop();
            Thread.sleep(1500);
            api.must(() -> api.post("/api/v1/attempts/" + people.get(ABSENT - 1).attempt() + "/absent", supervisor,
                    Jsons.createObjectBuilder().build())).ok();
            api.must(() -> api.post("/api/v1/attempts/" + tooLate.attempt() + "/absent", supervisor, Jsons.createObjectBuilder().build())).ok();

            // After: every acknowledged answer is on the controller.
            int lost = 0;
            int answers = 0;
            for (SimulatedApplicant p : writing) {
                for (var e : p.acknowledged().entrySet()) {
                    answers++;
                    JsonObject stored = api.must(() -> api.get("/api/v1/terminal/answers", p.credential)).ok().getJsonObject("answers");
                    if (!stored.containsKey(e.getKey()) || stored.getJsonObject(e.getKey()).getJsonNumber("seq").longValue() < e.getValue()) {
                        lost++;
                    }
                }
            }
            check(lost == 0, "no acknowledged answer lost (" + answers + " checked)");
            check(cut.journalEmpty(), "the cut terminal's journal was sent in full");

            JsonObject timeUp = api.must(() -> api.get("/api/v1/attempts/" + people.get(TIME_RUNS_OUT - 1).attempt(), supervisor)).ok();
            check("SUBMITTED".equals(timeUp.getString("state")), "the applicant who ran out of time was submitted by the controller");

            JsonArray results = api.must(() -> api.post("/api/v1/exams/" + EXAM + "/results", committee, Jsons.createObjectBuilder().build()))
                    .ok().getJsonArray("results");
            long passed = results.stream().filter(r -> r.asJsonObject().getBoolean("passed", false)).count();
            long graded = results.stream().filter(r -> "GRADED".equals(r.asJsonObject().getString("status"))).count();
            long annulled = results.stream().filter(r -> "ANNULLED".equals(r.asJsonObject().getString("status"))).count();
            check(annulled == 1, "the removed applicant's result is annulled");
            JsonObject reconciliation = api.must(() -> api.get("/api/v1/exams/" + EXAM + "/reconciliation", supervisor)).ok();
            check(reconciliation.getBoolean("reconciled"), "works reconciled against applicants");
            JsonObject audit = api.must(() -> api.get("/api/v1/audit/verify", admin)).ok();
            check(audit.getBoolean("intact"), "the audit trail's hash chain is intact");

            Path documents = Files.createDirectories(data.resolve("documents"));
            List<Path> written = new ArrayList<>();
            for (String[] doc : new String[][] {{"/api/v1/exams/" + EXAM + "/documents/key-register.pdf", "key-register.pdf"},
                {"/api/v1/attempts/" + removed.attempt() + "/documents/removal-act.pdf", "removal-act-" + removed.id + ".pdf"},
                {"/api/v1/exams/" + EXAM + "/documents/reconciliation.pdf", "reconciliation.pdf"},
                {"/api/v1/exams/" + EXAM + "/documents/results-protocol.pdf", "results-protocol.pdf"}}) {
                Path file = documents.resolve(doc[1]);
                Files.write(file, api.download(doc[0], supervisor));
                written.add(file);
            }
            check(written.stream().allMatch(f -> f.toFile().length() > 1000), "the room's documents are written");

            out.println();
            out.println("Results (100-point scale, pass mark 40):");
            for (var r : results) {
                JsonObject row = r.asJsonObject();
                String words = row.containsKey("pointsInWords") ? row.getJsonObject("pointsInWords").getString("ru") : "";
                out.printf(Locale.ROOT, "  %-6s %-26s %-14s %4s  %s%n", row.getString("applicantId"), name(row.getString("applicantId")),
                        row.getString("status"), row.containsKey("points") ? row.getInt("points") : "", row.containsKey("passed")
                                ? (row.getBoolean("passed") ? "сдал · " : "не сдал · ") + words : "");
            }
            out.println();
            out.printf(Locale.ROOT, "Reconciliation: registered %d, present %d, absent %d, works %d, removed %d, technical failures %d — %s%n",
                    reconciliation.getInt("registered"), reconciliation.getInt("present"), reconciliation.getInt("absent"),
                    reconciliation.getInt("worksHandedIn"), reconciliation.getInt("removed"), reconciliation.getInt("technicalFailures"),
                    reconciliation.getBoolean("reconciled") ? "reconciled" : "NOT reconciled");
            out.printf(Locale.ROOT, "Graded %d, passed %d, annulled %d; %d answers checked, %d lost; audit trail: %d entries, %s%n",
                    graded, passed, annulled, answers, lost, audit.getInt("entries"), audit.getBoolean("intact") ? "intact" : "BROKEN");
            out.println("Documents (PDF, A4):");
            written.forEach(f -> out.println("  " + f));
            // Everything to the admissions office, then checked there: every attempt once, the room's scores, the act.
            JsonObject sync = api.must(() -> api.post("/api/v1/sync/run", supervisor, Jsons.createObjectBuilder().build())).ok();
            check(sync.getInt("pendingChunks") == 0 && sync.getInt("acknowledgedChunks") > 0, "the room's record reached the office");
            var atOffice = office.views().results(java.util.Optional.of(EXAM), java.util.Optional.of(site));
            check(atOffice.size() == APPLICANTS, "the office holds every attempt once (" + atOffice.size() + ")");
            Map<String, Integer> roomPoints = new java.util.HashMap<>();
            results.forEach(r -> {
                if (r.asJsonObject().containsKey("points") && "GRADED".equals(r.asJsonObject().getString("status"))) {
                    roomPoints.put(r.asJsonObject().getString("attemptId"), r.asJsonObject().getInt("points"));
                }
            });
            check(atOffice.stream().filter(r -> roomPoints.containsKey(r.attemptId()))
                    .allMatch(r -> r.score().equals(java.util.Optional.of(roomPoints.get(r.attemptId())))), "the office has the room's scores");
            check(office.views().acts().stream().anyMatch(a -> a.kind() == org.examroom.central.views.Act.Kind.REMOVAL
                    && a.attemptId().equals(removed.attempt())), "the removal act is at the office");
            var atOfficeSite = office.intake().site(site).orElseThrow();
            check(atOfficeSite.auditSeq() >= audit.getInt("entries"),
                    "the office holds the room's audit chain up to the verified entry " + audit.getInt("entries"));
            out.printf(Locale.ROOT, "Central office: %d chunks acknowledged, %d attempts, %d with the room's score, audit to entry %d%n",
                    sync.getInt("acknowledgedChunks"), atOffice.size(), roomPoints.size(), atOfficeSite.auditSeq());
            out.printf(Locale.ROOT, "Demo data: %s (the room's full record: GET /api/v1/exams/%s/export)%n", data, EXAM);
        }
        out.printf(Locale.ROOT, "Checks: %d failed. Took %d s.%n", failedChecks.size(), Duration.between(realStart, Instant.now()).toSeconds());
        failedChecks.forEach(f -> out.println("  FAILED: " + f));
        out.flush();
        return failedChecks.isEmpty() ? 0 : 1;
    }

    /** The office on its own Derby and CA, with this demo's room registered by the key the room will sign with. */
    private CentralOffice officeWithRoom(Path officeData, String site) {
        CentralOffice office = CentralOffice.start(OfficeSettings.load(java.util.Optional.empty(), Map.of(
                "office.data", officeData.toString(), "server.port", "0")), java.time.Clock.systemUTC());
        office.intake().register(site, "Демо: ауд. 101", SiteKeys.loadOrCreate(data.resolve("sync")).publicKeyText());
        return office;
    }

    private static void startWriting(SimulatedApplicant p, Duration span, CountDownLatch done) {
        boolean finishes = p.number != TIME_RUNS_OUT && p.number != REMOVED && p.number != FAILURE;
        Thread.ofVirtual().start(() -> {
            try {
                p.write(finishes, span);
            } finally {
                done.countDown();
            }
        });
    }

    private static void waitUntil(DemoClock clock, Instant moment) throws InterruptedException {
        while (clock.instant().isBefore(moment)) {
            Thread.sleep(20);
        }
    }

    private JsonObject admitAndKey(RoomApi api, String supervisor, SimulatedApplicant p, String expected) {
        JsonObject decision = DemoExam.admit(api, supervisor, p.attempt());
        check(expected.equals(decision.getString("decision")), p.id + " admitted");
        p.enterKey(DemoExam.issueKey(api, supervisor, p.attempt()));
        return decision;
    }

    static String applicant(int number) {
        return DemoExam.applicant(number);
    }

    private static String name(String applicantId) {
        return DemoExam.name(applicantId);
    }

    private void check(boolean holds, String claim) {
        if (!holds) {
            failedChecks.add(claim);
        }
    }

    /** An applicant at a simulated terminal: enters the key, accepts, photographs, writes, may lose the network. */
    static final class SimulatedApplicant {
        final int number;
        final String id;
        final String credential;
        private final RoomApi api;
        private final Random random;
        private final double skill;
        private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        private final java.util.Deque<String[]> journal = new java.util.concurrent.ConcurrentLinkedDeque<>();
        private volatile boolean offline;
        private List<Item> variant = List.of();

        SimulatedApplicant(int number, String id, String credential, RoomApi api, Random random, double skill) {
            this.number = number;
            this.id = id;
            this.credential = credential;
            this.api = api;
            this.random = random;
            this.skill = skill;
        }

        String attempt() {
            return DemoExam.attempt(id);
        }

        void enterKey(String key) {
            api.must(() -> api.post("/api/v1/terminal/key", credential, Jsons.createObjectBuilder().add("key", key).build())).ok();
            api.must(() -> api.post("/api/v1/terminal/rules", credential, Jsons.createObjectBuilder().add("rules", true)
                    .add("personalDataConsent", true).build())).ok();
            api.must(() -> api.post("/api/v1/terminal/photos", credential, Jsons.createObjectBuilder()
                    .add("photos", Jsons.createArrayBuilder().add(PHOTO).add(PHOTO).add(PHOTO).add(PHOTO).add(PHOTO)).build())).ok();
        }

        /** Fetches the variant and opens the test page. */
        void begin(List<Item> bank) {
            JsonArray served = api.must(() -> api.get("/api/v1/terminal/variant", credential)).ok().getJsonArray("items");
            Map<String, Item> byId = new java.util.HashMap<>();
            bank.forEach(i -> byId.put(i.id(), i));
            variant = served.stream().map(v -> byId.get(v.asJsonObject().getString("id"))).toList();
            api.must(() -> api.post("/api/v1/terminal/start", credential, Jsons.createObjectBuilder().build())).ok();
        }

        JsonObject heartbeat() {
            return api.must(() -> api.post("/api/v1/terminal/heartbeat", credential, Jsons.createObjectBuilder()
                    .add("status", offline ? "OFFLINE" : "WRITING").build())).ok();
        }

        /** Answers every item over {@code span} of real time (some twice, changing their mind), then finishes or not. */
        void write(boolean finish, Duration span) {
            long seq = 0;
            long pause = Math.max(5, span.toMillis() / Math.max(1, variant.size() + 4));
            for (Item item : variant) {
                sleep(pause / 2 + random.nextInt((int) pause));
                if (stopped()) {
                    return;
                }
                save(item, ++seq);
                if (random.nextDouble() < 0.2) {
                    save(item, ++seq);
                }
            }
            while (offline) {
                sleep(50);
            }
            flush();
            if (finish && !stopped()) {
                api.must(() -> api.post("/api/v1/terminal/finish", credential, Jsons.createObjectBuilder().add("confirmed", true).build()));
            }
        }

        private boolean stopped() {
            try {
                JsonObject beat = heartbeat();
                beat.getJsonArray("instructions").forEach(i -> { });
                return beat.containsKey("attempt") && !"IN_PROGRESS".equals(beat.getJsonObject("attempt").getString("state", ""));
            } catch (RuntimeException e) {
                return false;
            }
        }

        private void save(Item item, long seq) {
            ResponseValue value = random.nextDouble() < skill
                    ? ItemScorer.correctResponses(item).values().stream().findFirst().orElse(new ResponseValue.Text("?"))
                    : wrong(item);
            String responseId = item.responses().getFirst().identifier();
            String body = Jsons.createObjectBuilder().add("seq", seq)
                    .add("response", ResponseValueJson.itemToJson(Map.of(responseId, value))).build().toString();
            journal.addLast(new String[] {item.id(), Long.toString(seq), body});
            flush();
        }

        /** Sends the journal in order while the network is up; an acknowledgement trims it. */
        private synchronized void flush() {
            while (!offline && !journal.isEmpty()) {
                String[] next = journal.peekFirst();
                try {
                    var reply = api.put("/api/v1/terminal/answers/" + next[0], credential,
                            Jsons.createReader(new java.io.StringReader(next[2])).readObject());
                    if (reply.status() == 200) {
                        acknowledged.merge(next[0], Long.parseLong(next[1]), Math::max);
                        journal.pollFirst();
                    } else {
                        journal.pollFirst(); // refused (e.g. the attempt ended): nothing to resend
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        void cutNetwork(boolean cut) {
            offline = cut;
            if (!cut) {
                flush();
            }
        }

        boolean journalEmpty() {
            return journal.isEmpty();
        }

        Map<String, Long> acknowledged() {
            return acknowledged;
        }

        private static ResponseValue wrong(Item item) {
            return switch (item.responses().getFirst().baseType()) {
                case STRING -> new ResponseValue.Text("не знаю");
                case FLOAT, INTEGER -> new ResponseValue.Number(BigDecimal.ONE.negate());
                default -> new ResponseValue.Identifier("none");
            };
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A small real JPEG standing in for an identity photo. */
    private static final String PHOTO = photo();

    private static String photo() {
        try {
            var image = new java.awt.image.BufferedImage(32, 24, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpg", bytes);
            return java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
