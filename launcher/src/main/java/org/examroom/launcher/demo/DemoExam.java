package org.examroom.launcher.demo;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Item;
import org.examroom.common.content.Scoring;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.seal.ExamContent;
import org.examroom.common.seal.SealException;
import org.examroom.common.seal.SealedPackage;
import org.examroom.common.seal.SigningKeys;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.variant.Variant;
import org.examroom.common.wire.Jsons;
import org.examroom.launcher.sim.RoomApi;

/**
 * The demo exam both demos load into a controller through its API, as the central office and the room's staff
 * would: a package sealed by a (demo) central office from the project's sample bank with two variants, room 101 of
 * 30 seats, 30 applicants, a supervisor and a committee member, and the seating.
 */
public final class DemoExam {

    public static final String EXAM = "MATH-DEMO";
    public static final String ROOM = "101";
    public static final int APPLICANTS = 30;
    public static final Duration DURATION = Duration.ofMinutes(60);
    public static final String SUPERVISOR = "supervisor";
    public static final String COMMITTEE = "committee";
    static final String SUPERVISOR_NAME = "Смирнова Е. В.";
    static final String COMMITTEE_NAME = "Павлов А. Н.";

    private static final String BANK = "demo-bank.xml";
    private static final String[] SURNAMES = {"Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Васильев", "Соколова",
        "Михайлов", "Новикова", "Фёдоров", "Морозова", "Волков", "Алексеева", "Лебедев", "Семёнова", "Егоров", "Павлова",
        "Козлов", "Степанова", "Николаев", "Орлова", "Андреев", "Макарова", "Никитин", "Захарова", "Зайцев", "Соловьёва",
        "Борисов", "Яковлева", "Григорьев"};
    private static final String[] GIVEN = {"Анна", "Иван", "Мария", "Дмитрий", "Елена", "Сергей", "Ольга", "Алексей", "Татьяна",
        "Андрей", "Наталья", "Михаил", "Ирина", "Николай", "Светлана", "Павел", "Юлия", "Артём", "Ксения", "Егор",
        "Дарья", "Кирилл", "Виктория", "Максим", "Полина", "Роман", "Алина", "Глеб", "Софья", "Тимур"};

    private final List<Item> items;
    private final byte[] sealed;
    private final UnsealKey unsealKey;

    private DemoExam(List<Item> items, byte[] sealed, UnsealKey unsealKey) {
        this.items = items;
        this.sealed = sealed;
        this.unsealKey = unsealKey;
    }

    /**
     * Seals the demo package as a central office would, with a new office key and a new unseal key, and makes the
     * controller in {@code data} trust that office ({@code trust/office.pub}).
     */
    public static DemoExam seal(Path data, Clock clock) throws IOException {
        KeyPair office = SigningKeys.generate();
        Files.createDirectories(data.resolve("trust"));
        Files.writeString(data.resolve("trust/office.pub"), SigningKeys.publicKeyText(office.getPublic()));
        byte[] bank = resource(BANK);
        // Open answers need a grader; the demo's exam is the part that grades itself.
        List<Item> items = ContentImporter.importBytes(BANK, bank, SourceFiles.none()).items().stream()
                .filter(i -> !(i.scoring() instanceof Scoring.Manual)).toList();
        UnsealKey unsealKey = UnsealKey.generate();
        List<String> keys = items.stream().map(i -> ExamContent.itemKey(BANK, i.id())).toList();
        List<String> shuffled = new ArrayList<>(keys);
        Collections.shuffle(shuffled, new Random(2026));
        try {
            byte[] sealed = SealedPackage.seal(new ExamContent(EXAM, "Математика и физика (демонстрационный экзамен)",
                    Map.of(BANK, bank), List.of(new Variant("V1", keys), new Variant("V2", shuffled))),
                    office.getPrivate(), office.getPublic(), unsealKey, clock);
            return new DemoExam(items, sealed, unsealKey);
        } catch (SealException e) {
            throw new IllegalStateException("The demo's own package could not be sealed: " + e.getMessage(), e);
        }
    }

    /** The items of the package, with their reference answers (what the simulated applicants answer from). */
    public List<Item> items() {
        return items;
    }

    /** The key the supervisor opens the package with at the start. */
    public UnsealKey unsealKey() {
        return unsealKey;
    }

    /** The staff's passwords, chosen by whoever sets the demo up. */
    public record Passwords(String supervisor, String committee) { }

    /** What the set-up left: the staff's tokens, how many applicants were taken in, the package's identity, who sits where. */
    public record Loaded(String supervisor, String committee, int imported, JsonObject packageIdentity, Map<String, String> seatOf) { }

    /** Loads everything before the exam day, signed in as {@code admin}: staff, exam, room, applicants, package, seating. */
    public Loaded load(RoomApi api, String admin, Instant start, Passwords passwords) {
        String supervisor = staff(api, admin, SUPERVISOR, SUPERVISOR_NAME, "SUPERVISOR", passwords.supervisor());
        String committee = staff(api, admin, COMMITTEE, COMMITTEE_NAME, "COMMITTEE_MEMBER", passwords.committee());
        api.must(() -> api.put("/api/v1/exams/" + EXAM, admin, definition(start))).ok();
        api.must(() -> api.put("/api/v1/rooms/" + ROOM, admin, Jsons.createObjectBuilder().add("name", "Ауд. " + ROOM).add("rows", 5)
                .add("columns", 6).build())).ok();
        StringBuilder csv = new StringBuilder("id;surname;given_name;document_kind;document_number;exams\n");
        for (int i = 1; i <= APPLICANTS; i++) {
            csv.append(applicant(i)).append(';').append(SURNAMES[i - 1]).append(';').append(GIVEN[i - 1])
                    .append(";PASSPORT_RF;").append(passport(i)).append(';').append(EXAM).append('\n');
        }
        JsonObject imported = api.must(() -> api.post("/api/v1/applicants/import", admin, "text/csv", csv.toString())).ok();
        JsonObject packageIdentity = api.must(() -> api.putBytes("/api/v1/exams/" + EXAM + "/package", admin, sealed)).ok();
        JsonObject plan = api.must(() -> api.post("/api/v1/exams/" + EXAM + "/seating", admin,
                Jsons.createObjectBuilder().add("rooms", Jsons.createArrayBuilder().add(ROOM)).add("seed", 7).build())).ok();
        Map<String, String> seatOf = new ConcurrentHashMap<>();
        plan.getJsonArray("seated").forEach(v -> seatOf.put(v.asJsonObject().getString("applicantId"), v.asJsonObject().getString("seat")));
        return new Loaded(supervisor, committee, imported.getInt("accepted"), packageIdentity, Map.copyOf(seatOf));
    }

    /** The exam as {@code PUT /api/v1/exams/MATH-DEMO} defines it; putting it again moves its start. */
    public static JsonObject definition(Instant start) {
        return Jsons.createObjectBuilder().add("subject", "Математика")
                .add("programme", "01.03.02 Прикладная математика и информатика").add("scheduledStart", start.toString())
                .add("durationMinutes", DURATION.toMinutes()).add("passMark", 40).add("policy", "TPU")
                .add("variants", Jsons.createArrayBuilder().add("V1").add("V2")).add("aids", Jsons.createArrayBuilder().add("CALCULATOR"))
                .build();
    }

    /** Signs in; returns the bearer token. */
    public static String signIn(RoomApi api, String login, String password) {
        return api.must(() -> api.post("/api/v1/auth/login", null, Jsons.createObjectBuilder()
                .add("login", login).add("password", password).build())).ok().getString("token");
    }

    /** Admits an applicant at the door, passport checked; returns the controller's decision. */
    public static JsonObject admit(RoomApi api, String supervisor, String attempt) {
        return api.must(() -> api.post("/api/v1/attempts/" + attempt + "/admit", supervisor,
                Jsons.createObjectBuilder().add("documentChecked", true).build())).ok();
    }

    /** Issues the access key of an admitted applicant. */
    public static String issueKey(RoomApi api, String supervisor, String attempt) {
        return api.must(() -> api.post("/api/v1/attempts/" + attempt + "/key", supervisor, Jsons.createObjectBuilder().build()))
                .ok().getString("key");
    }

    /** A one-time pairing code for a terminal at {@code seat} of the demo room. */
    public static String pairingCode(RoomApi api, String supervisor, String seat) {
        return api.must(() -> api.post("/api/v1/pairing-codes", supervisor, Jsons.createObjectBuilder().add("roomId", ROOM)
                .add("seat", seat).build())).ok().getString("code");
    }

    /** Applicant {@code number} (1-based): {@code A-001}. */
    public static String applicant(int number) {
        return String.format(Locale.ROOT, "A-%03d", number);
    }

    /** The applicant's attempt at the demo exam: {@code A-001.MATH-DEMO}. */
    public static String attempt(String applicantId) {
        return applicantId + "." + EXAM;
    }

    /** "Иванова Анна" for {@code A-001}. */
    public static String name(String applicantId) {
        int n = Integer.parseInt(applicantId.substring(2));
        return SURNAMES[n - 1] + " " + GIVEN[n - 1];
    }

    /** The passport number the supervisor checks at the door. */
    public static String passport(int number) {
        return "45" + String.format(Locale.ROOT, "%02d %06d", number, 100_000 + number * 37);
    }

    private static String staff(RoomApi api, String admin, String login, String name, String role, String password) {
        api.must(() -> api.post("/api/v1/staff", admin, Jsons.createObjectBuilder().add("login", login).add("displayName", name)
                .add("roles", Jsons.createArrayBuilder().add(role)).add("password", password).build())).ok();
        return signIn(api, login, password);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoExam.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
