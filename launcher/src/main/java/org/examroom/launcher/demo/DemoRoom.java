package org.examroom.launcher.demo;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.examroom.common.net.RoomTrust;
import org.examroom.common.time.MoscowTime;
import org.examroom.common.wire.Jsons;
import org.examroom.launcher.sim.RoomApi;
import org.examroom.room.RoomController;
import org.examroom.room.RoomSettings;

/**
 * {@code examroom demo}: a room controller on embedded Derby in the demo folder, loaded with the demo exam for a person
 * to walk through by hand. The exam starts {@link #LEAD} after now, so there is time for admission before it;
 * applicant 1 is admitted with a key, and a pairing code waits for the terminal at their seat.
 *
 * <p>A folder that already holds an earlier demo is continued rather than refused: the same database, accounts, key
 * and unseal key (kept owner-only in {@code demo.json}), the start moved ahead again while the package is still
 * sealed, and a new pairing code. {@code fresh} removes the earlier demo's files first.
 */
public final class DemoRoom implements AutoCloseable {

    /** From now to the exam's start: enough to pair the terminal, enter the key, read the rules and take the photos. */
    static final Duration LEAD = Duration.ofMinutes(10);
    /** The demo's own record of what it set up; what the printed guide shows again on the next run. */
    static final String STATE = "demo.json";
    /** Everything a demo writes into its folder, and all that {@code fresh} removes: nothing else there is touched. */
    static final List<String> ENTRIES = List.of("db", "tls", "trust", "packages", "evidence", "backups", "sync",
            "documents", "terminal", "logs", "derby.log", STATE);
    static final String APPLICANT = DemoExam.applicant(1);
    static final String UNIVERSITY = "Демонстрационный университет";

    private final RoomController controller;
    private final Guide guide;

    private DemoRoom(RoomController controller, Guide guide) {
        this.controller = controller;
        this.guide = guide;
    }

    /** A demo folder that cannot be used as it stands, with what to do about it. */
    public static final class DemoFolderException extends RuntimeException {
        DemoFolderException(String message) {
            super(message);
        }
    }

    /**
     * Starts the controller in {@code data} on {@code port} (absent: the controller's default, 8443) and sets the demo
     * exam up there, or continues the one set up by an earlier run.
     */
    public static DemoRoom open(Path data, Optional<Integer> port, boolean fresh, Clock clock) throws IOException {
        Path folder = data.toAbsolutePath();
        if (fresh) {
            removeEarlierDemo(folder);
        }
        boolean earlier = Files.exists(folder.resolve("db"));
        if (earlier && !Files.exists(folder.resolve(STATE))) {
            throw new DemoFolderException(folder + " holds a controller's database that no finished demo set-up left"
                    + " (no " + STATE + "); --fresh starts the demo over there, or --data names another folder");
        }
        Files.createDirectories(folder);
        Optional<DemoExam> exam = earlier ? Optional.empty() : Optional.of(DemoExam.seal(folder, clock));
        Map<String, String> settings = new HashMap<>(Map.of("examroom.data", folder.toString(), "examroom.university", UNIVERSITY));
        port.ifPresent(p -> settings.put("server.port", p.toString()));
        RoomController controller = RoomController.start(RoomSettings.load(Optional.empty(), settings), clock);
        try {
            RoomApi api = new RoomApi(controller.localUri(), RoomTrust.sslContext(controller.caFile().orElseThrow()));
            Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(LEAD);
            State state = exam.isPresent()
                    ? setUp(api, exam.get(), controller.bootstrapPassword().orElseThrow(), start, folder)
                    : State.read(folder.resolve(STATE));
            String supervisor = DemoExam.signIn(api, DemoExam.SUPERVISOR, state.supervisorPassword());
            if (earlier) {
                start = moveStartIfSealed(api, supervisor, start);
            }
            JsonObject pairing = api.must(() -> api.post("/api/v1/pairing-codes", supervisor, Jsons.createObjectBuilder()
                    .add("roomId", DemoExam.ROOM).add("seat", state.seat()).build())).ok();
            String attemptState = api.must(() -> api.get("/api/v1/attempts/" + DemoExam.attempt(APPLICANT), supervisor)).ok()
                    .getString("state");
            Path documents = Files.createDirectories(folder.resolve("documents"));
            return new DemoRoom(controller, new Guide(controller.localUri(), folder, controller.caFile().orElseThrow(),
                    controller.fingerprint().orElse("-"), start, earlier, state, pairing.getString("code"),
                    Instant.parse(pairing.getString("expiresAt")), attemptState, documents));
        } catch (RuntimeException | IOException e) {
            controller.close();
            throw e;
        }
    }

    /** The first run: the demo exam loaded, applicant 1 admitted with a key, and the record of it kept for the next runs. */
    private static State setUp(RoomApi api, DemoExam exam, String adminPassword, Instant start, Path folder) throws IOException {
        String admin = DemoExam.signIn(api, "admin", adminPassword);
        DemoExam.Passwords passwords = new DemoExam.Passwords(password(), password());
        DemoExam.Loaded loaded = exam.load(api, admin, start, passwords);
        String attempt = DemoExam.attempt(APPLICANT);
        DemoExam.admit(api, loaded.supervisor(), attempt);
        String key = DemoExam.issueKey(api, loaded.supervisor(), attempt);
        State state = new State(passwords.supervisor(), passwords.committee(), loaded.seatOf().get(APPLICANT), key,
                exam.unsealKey().toText());
        state.write(folder.resolve(STATE));
        return state;
    }

    /** A later run on a package still sealed: the start moves ahead again, so admission is not late. */
    private static Instant moveStartIfSealed(RoomApi api, String supervisor, Instant start) {
        String exam = "/api/v1/exams/" + DemoExam.EXAM;
        if (api.must(() -> api.get(exam + "/package", supervisor)).ok().getBoolean("unsealed")) {
            return Instant.parse(api.must(() -> api.get(exam, supervisor)).ok().getString("scheduledStart"));
        }
        api.must(() -> api.put(exam, supervisor, DemoExam.definition(start))).ok();
        return start;
    }

    /** Removes what an earlier demo wrote into {@code folder} (the {@link #ENTRIES}), and nothing else. */
    public static void removeEarlierDemo(Path folder) throws IOException {
        for (String entry : ENTRIES) {
            Path path = folder.resolve(entry);
            if (Files.exists(path)) {
                try (Stream<Path> all = Files.walk(path)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    /** Twelve letters and digits, none that read alike (0/O, 1/l/I). */
    private static String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    public Guide guide() {
        return guide;
    }

    @Override
    public void close() {
        controller.close();
    }

    /** What the first run set up and the next ones show again; written owner-only, since it holds passwords and keys. */
    public record State(String supervisorPassword, String committeePassword, String seat, String key, String unsealKey) {

        void write(Path file) throws IOException {
            String json = Jsons.createObjectBuilder().add("supervisorPassword", supervisorPassword)
                    .add("committeePassword", committeePassword).add("applicant", APPLICANT).add("seat", seat)
                    .add("key", key).add("unsealKey", unsealKey).build().toString();
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.deleteIfExists(next);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(next, json);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        static State read(Path file) throws IOException {
            try (var reader = Jsons.createReader(new StringReader(Files.readString(file)))) {
                JsonObject o = reader.readObject();
                return new State(o.getString("supervisorPassword"), o.getString("committeePassword"), o.getString("seat"),
                        o.getString("key"), o.getString("unsealKey"));
            }
        }

        @Override
        public String toString() {
            return "State[seat=" + seat + "]"; // passwords and keys stay out of logs and stack traces
        }
    }

    /** What became of the demo's windows. */
    public sealed interface Windows {
        /** The console and the terminal were started; their output goes to {@code logs}. */
        record Opened(Path logs) implements Windows { }

        /** There is no display to open them on. */
        record NoDisplay() implements Windows { }

        /** They were not wanted ({@code --no-windows}). */
        record NotAsked() implements Windows { }
    }

    /** What the person needs to walk the demo through, and the printed block that tells them. */
    public record Guide(URI controller, Path data, Path caFile, String fingerprint, Instant start, boolean continued, State state,
                        String pairingCode, Instant pairingExpires, String attemptState, Path documents) {

        private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

        public String supervisorPassword() {
            return state.supervisorPassword();
        }

        public String key() {
            return state.key();
        }

        public String seat() {
            return state.seat();
        }

        public String unsealKey() {
            return state.unsealKey();
        }

        /** Prints the block: where everything is and what to try, in Russian and English, and what became of the windows. */
        public void print(PrintWriter out, Windows windows) {
            String startsAt = CLOCK.format(MoscowTime.of(start));
            out.println();
            out.println(continued
                    ? "ExamRoom — демонстрационный экзамен продолжается / the demo exam continues (--fresh starts over)"
                    : "ExamRoom — демонстрационный экзамен готов / the demo exam is ready");
            line(out, "сервер / controller", controller + "   (данные / data: " + data + ")");
            line(out, "сертификат / room CA", caFile + "   " + fingerprint);
            line(out, "экзамен / exam", DemoExam.EXAM + ", Математика, " + DemoExam.DURATION.toMinutes() + " мин/min; начало / start "
                    + startsAt + " МСК/Moscow; ауд. / room " + DemoExam.ROOM + ", " + DemoExam.APPLICANTS + " поступающих / applicants");
            String once = continued ? "(из первого запуска / from the first run: " + data.resolve(STATE) + ")"
                    : "(показан один раз / shown only now)";
            line(out, "ответственный / supervisor", DemoExam.SUPERVISOR + "   пароль / password: " + state.supervisorPassword()
                    + "   " + once);
            line(out, "член комиссии / committee", DemoExam.COMMITTEE + "    пароль / password: " + state.committeePassword());
            line(out, "поступающий 1 / applicant 1", APPLICANT + " " + DemoExam.name(APPLICANT) + ", паспорт / passport "
                    + DemoExam.passport(1) + ", место / seat " + state.seat() + " — допущен / admitted");
            line(out, "ключ доступа / access key", state.key() + keyNote());
            line(out, "код привязки / pairing code", pairingCode + "   (до / until " + CLOCK.format(MoscowTime.of(pairingExpires))
                    + " МСК; новый — консоль, «Подготовка» / a new one: console, Setup)");
            line(out, "ключ вскрытия / unseal key", state.unsealKey());
            line(out, "документы / documents", documents.toString());
            out.println("Что попробовать:");
            out.println("  1. В окне терминала введите код привязки, затем ключ доступа " + APPLICANT + "; примите правила, сделайте фото.");
            out.println("  2. В консоли («Допуск») найдите других поступающих (фамилия или паспорт, например «Петров» или «45»),"
                    + " допустите, проверив паспорт, и выдайте ключи.");
            out.println("  3. В " + startsAt + " вскройте пакет ключом вскрытия («Подготовка»): терминал получит вариант, откроется тест.");
            out.println("  4. Следите за аудиторией («Аудитория»), завершите работу на терминале; результаты — «Результаты», документы — в папке выше.");
            out.println("What to try:");
            out.println("  1. In the terminal window type the pairing code, then " + APPLICANT + "'s access key; accept the rules, take the photos.");
            out.println("  2. At the console (Admission) find other applicants (surname or passport, e.g. \"Петров\" or \"45\"),"
                    + " admit them, passport checked, and issue their keys.");
            out.println("  3. At " + startsAt + " unseal the package with the unseal key (Setup): the terminal gets its variant, the test opens.");
            out.println("  4. Watch the room (Room), finish the work at the terminal; results under Results, documents in the folder above.");
            switch (windows) {
                case Windows.Opened opened -> out.println("Окна / windows: консоль (вход: " + DemoExam.SUPERVISOR
                        + ") и терминал / the console (signed in as " + DemoExam.SUPERVISOR + ") and a terminal; журналы / logs: "
                        + opened.logs());
                case Windows.NoDisplay none -> {
                    out.println("Экрана нет, окна не открыты: консоль и терминал запускаются там, где есть экран"
                            + " (bin/examroom console, bin/examroom terminal); весь экзамен без окон — bin/examroom demo --headless.");
                    out.println("No display here, so no windows: run the console and a terminal where there is a screen"
                            + " (bin/examroom console, bin/examroom terminal); bin/examroom demo --headless plays a whole exam without any.");
                }
                case Windows.NotAsked none -> out.println("Окна не открыты (--no-windows) / no windows (--no-windows):"
                        + " bin/examroom console, bin/examroom terminal.");
            }
            out.println("Ctrl+C — остановить / to stop. Снова / again: bin/examroom demo продолжит / continues, --fresh начнёт заново / starts over.");
            out.flush();
        }

        private String keyNote() {
            return "KEY_ISSUED".equals(attemptState) ? "   (один раз / single use)"
                    : "   (уже введён, попытка / already entered, the attempt is " + attemptState + ")";
        }

        private static void line(PrintWriter out, String label, String value) {
            out.printf("  %-30s %s%n", label + ":", value);
        }

        @Override
        public String toString() {
            return "Guide[" + controller + ", " + data + "]"; // passwords and keys stay out of logs and stack traces
        }
    }
}
