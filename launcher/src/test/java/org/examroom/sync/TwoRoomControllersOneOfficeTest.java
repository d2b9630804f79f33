package org.examroom.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.examroom.common.seal.SigningKeys;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two real room controllers and one office: each room runs its exam through its HTTPS API (staff at the desk,
 * terminals with their credentials, grading by the committee) and syncs when the supervisor asks; the office goes
 * away in the middle and comes back on the same data, and one controller is restarted during the test. The office
 * must then hold every attempt once, with the rooms' scores and pass marks, the removal act, both audit trails
 * whole, and the applicant who sat the subject at both sites.
 */
class TwoRoomControllersOneOfficeTest {

    /** 10:00 Moscow time on the exam day. */
    static final Instant START = Instant.parse("2026-07-15T07:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "office on {0}")
    @EnumSource(Office.Database.class)
    void anExamAtTwoRoomsArrivesWholeAndOnceThroughACutAndARestart(Office.Database database) throws Exception {
        KeyPair sealer = SigningKeys.generate();
        try (Office office = database.open(dir.resolve("office"));
                ControllerRoom north = new ControllerRoom("north-101", dir.resolve("north"), START.minus(Duration.ofMinutes(30)), sealer, office);
                ControllerRoom south = new ControllerRoom("south-7", dir.resolve("south"), START.minus(Duration.ofMinutes(30)), sealer, office)) {
            // Before the day: the same subject in two streams, one at each site; P-777 is registered at both.
            north.exam("MATH-1", "Математика", 1, 40, "2026-07-15T10:00", sealer);
            south.exam("MATH-2", "Математика", 2, 40, "2026-07-15T10:00", sealer);
            Map<String, String> northSeats = north.seat("MATH-1", ControllerRoom.people(
                    "A-001", "Иванова", "Анна", "A-002", "Петров", "Иван", "A-003", "Сидорова", "Мария",
                    "A-004", "Кузнецов", "Дмитрий", "A-005", "Попова", "Елена", "P-777", "Орлова", "Ольга"));
            Map<String, String> southSeats = south.seat("MATH-2", ControllerRoom.people(
                    "B-001", "Ким", "Виктор", "B-002", "Лебедев", "Павел", "P-777", "Орлова", "Ольга"));
            assertThat(northSeats).hasSize(6);
            assertThat(southSeats).hasSize(3);

            // At the door, a quarter of an hour before the start: everyone but A-005, who does not come.
            north.clock.set(START.minus(Duration.ofMinutes(15)));
            south.clock.set(START.minus(Duration.ofMinutes(15)));
            Map<String, ControllerRoom.Terminal> at = new HashMap<>();
            for (String applicant : List.of("A-001", "A-002", "A-003", "A-004", "P-777")) {
                at.put(applicant + "@north", north.admit("MATH-1", applicant, northSeats.get(applicant)));
            }
            for (String applicant : List.of("B-001", "B-002", "P-777")) {
                at.put(applicant + "@south", south.admit("MATH-2", applicant, southSeats.get(applicant)));
            }

            // 10:00: the packages are unsealed and the tests begin.
            north.clock.set(START);
            south.clock.set(START);
            north.unseal("MATH-1");
            south.unseal("MATH-2");
            at.values().forEach(ControllerRoom.Terminal::start);
            int items = ControllerRoom.ITEMS.size();
            int half = items / 2;
            north.clock.set(START.plus(Duration.ofMinutes(10)));
            south.clock.set(START.plus(Duration.ofMinutes(10)));
            at.get("A-001@north").answer(0, half, true);
            at.get("A-002@north").answer(0, half, false);
            at.get("A-003@north").answer(0, half, true);
            at.get("A-004@north").answer(0, 2, true);
            at.get("P-777@north").answer(0, half, true);
            at.get("B-001@south").answer(0, half, true);
            at.get("B-002@south").answer(0, half, false);
            at.get("P-777@south").answer(0, half, true);

            // The supervisors send what there is so far.
            for (ControllerRoom room : List.of(north, south)) {
                JsonObject status = room.syncNow();
                assertThat(status.getBoolean("configured")).isTrue();
                assertThat(status.getString("site")).isEqualTo(room.site);
                assertThat(status.containsKey("lastProblem")).as(room.site + ": %s", status).isFalse();
                assertThat(status.getInt("pendingChunks") + status.getInt("sentChunks")).isZero();
                assertThat(status.getInt("acknowledgedChunks")).isPositive();
            }

            // A removal with its act in the north; the south's controller is switched off and on during the test.
            north.clock.set(START.plus(Duration.ofMinutes(20)));
            JsonObject removed = north.remove("A-004.MATH-1", "АКТ-1", "пользование мобильным телефоном", "телефон на столе во время испытания");
            assertThat(removed.getString("state")).isEqualTo("REMOVED");
            south.restart();
            south.clock.set(START.plus(Duration.ofMinutes(25)));

            // The rest of the answers, and the works handed in.
            north.clock.set(START.plus(Duration.ofMinutes(40)));
            south.clock.set(START.plus(Duration.ofMinutes(40)));
            at.get("A-001@north").answer(half, items - half, true).finish();
            at.get("A-002@north").answer(half, items - half, false).finish();
            at.get("A-003@north").answer(half, items - half, false).finish();
            at.get("P-777@north").answer(half, items - half, true).finish();
            at.get("B-001@south").answer(half, items - half, true).finish();
            at.get("B-002@south").answer(half, items - half, false).finish();
            at.get("P-777@south").answer(half, items - half, false).finish();
            north.absent("A-005.MATH-1");

            // The network goes while the committee grades after the test: the office is stopped, the rooms' rounds find
            // the new scores but cannot deliver them, and the chunks wait in order.
            Map<String, Integer> acknowledgedBefore = new HashMap<>();
            office.stop();
            north.clock.set(START.plus(Duration.ofMinutes(70)));
            south.clock.set(START.plus(Duration.ofMinutes(70)));
            Map<String, JsonObject> graded = new HashMap<>();
            north.grade("MATH-1").forEach((attempt, r) -> graded.put("north-101/" + attempt, r));
            south.grade("MATH-2").forEach((attempt, r) -> graded.put("south-7/" + attempt, r));
            assertThat(graded.get("north-101/A-001.MATH-1").getBoolean("passed")).isTrue();
            assertThat(graded.get("north-101/A-002.MATH-1").getBoolean("passed")).isFalse();
            assertThat(graded.get("north-101/A-004.MATH-1").getString("status")).isEqualTo("ANNULLED");
            for (ControllerRoom room : List.of(north, south)) {
                JsonObject status = room.syncNow();
                assertThat(status.getString("lastProblem", "")).as(room.site).contains("cannot be reached");
                assertThat(status.getInt("pendingChunks") + status.getInt("sentChunks")).as(room.site).isPositive();
                assertThat(status.getInt("unacknowledgedAttempts")).as(room.site).isPositive();
                acknowledgedBefore.put(room.site, status.getInt("acknowledgedChunks"));
            }
            // The office comes back on the same data; the next round sends what waited, in order.
            office.startAgain();
            for (ControllerRoom room : List.of(north, south)) {
                JsonObject status = room.syncNow();
                assertThat(status.containsKey("lastProblem")).as(room.site + ": %s", status).isFalse();
                assertThat(status.getInt("pendingChunks") + status.getInt("sentChunks")).as(room.site).isZero();
                assertThat(status.getInt("unacknowledgedAttempts")).as(room.site).isZero();
                assertThat(status.getInt("acknowledgedChunks")).as(room.site).isGreaterThan(acknowledgedBefore.get(room.site));
            }

            // At the office, from its command line: every attempt once, with the room's score and pass or fail.
            Office.Cli results = office.cli("office", "results", "--format", "json");
            assertThat(results.exitCode()).as(results.err()).isZero();
            List<JsonObject> rows = results.json().asJsonArray().getValuesAs(JsonObject.class);
            Set<String> expected = attempts(north, "MATH-1");
            expected.addAll(attempts(south, "MATH-2"));
            assertThat(rows).extracting(r -> r.getString("site") + "/" + r.getString("attempt_id")).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected).hasSize(9);
            for (JsonObject row : rows) {
                JsonObject room = graded.get(row.getString("site") + "/" + row.getString("attempt_id"));
                assertThat(room).as(row.getString("attempt_id")).isNotNull();
                if (room.containsKey("points")) {
                    assertThat(row.getInt("score")).as(row.getString("attempt_id")).isEqualTo(room.getInt("points"));
                    assertThat(row.getBoolean("passed")).as(row.getString("attempt_id")).isEqualTo(room.getBoolean("passed"));
                } else {
                    assertThat(row.get("score")).as(row.getString("attempt_id")).isEqualTo(JsonValue.NULL);
                }
            }
            Map<String, JsonObject> bySiteAttempt = rows.stream()
                    .collect(Collectors.toMap(r -> r.getString("site") + "/" + r.getString("attempt_id"), r -> r));
            assertThat(bySiteAttempt.get("north-101/A-001.MATH-1").getBoolean("passed")).isTrue();
            assertThat(bySiteAttempt.get("north-101/A-002.MATH-1").getBoolean("passed")).isFalse();
            assertThat(bySiteAttempt.get("north-101/A-004.MATH-1").getString("attendance")).isEqualTo("REMOVED");
            assertThat(bySiteAttempt.get("north-101/A-005.MATH-1").getString("attendance")).isEqualTo("ABSENT");
            assertThat(bySiteAttempt.get("south-7/B-001.MATH-2").getBoolean("passed")).isTrue();

            JsonArray exams = office.get("/api/v1/exams").json().asJsonArray();
            JsonObject northExam = exams.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("site").equals("north-101"))
                    .findFirst().orElseThrow();
            assertThat(northExam.getInt("registered")).isEqualTo(6);
            assertThat(northExam.getInt("sat")).isEqualTo(4);
            assertThat(northExam.getInt("absent")).isEqualTo(1);
            assertThat(northExam.getInt("removed")).isEqualTo(1);

            // The removal act, with its number, rule and reason.
            Office.Cli acts = office.cli("office", "acts", "--format", "json");
            assertThat(acts.exitCode()).as(acts.err()).isZero();
            assertThat(acts.json().asJsonArray().getValuesAs(JsonObject.class)).singleElement().satisfies(act -> {
                assertThat(act.getString("kind")).isEqualTo("REMOVAL");
                assertThat(act.getString("site")).isEqualTo("north-101");
                assertThat(act.getString("applicant_id")).isEqualTo("A-004");
                assertThat(act.toString()).contains("АКТ-1").contains("пользование мобильным телефоном").contains("телефон на столе");
            });

            // Both audit trails: whole at the room, and the office holds all of it, its chain checked again entry by entry.
            for (ControllerRoom room : List.of(north, south)) {
                JsonObject verified = room.get("/api/v1/audit/verify");
                assertThat(verified.getBoolean("intact")).as(room.site).isTrue();
                long entries = verified.getJsonNumber("entries").longValue();
                assertThat(office.office.intake().site(room.site).orElseThrow().auditSeq()).as(room.site).isEqualTo(entries);
                assertThat(office.verifiedAuditEntries(room.site)).as(room.site).isEqualTo(entries);
            }

            // The one-attempt rule across sites: P-777 sat Математика in the north and in the south.
            Office.Cli twice = office.cli("office", "attempts", "--twice", "--format", "json");
            assertThat(twice.exitCode()).as(twice.err()).isZero();
            assertThat(twice.json().asJsonArray().getValuesAs(JsonObject.class)).singleElement().satisfies(found -> {
                assertThat(found.getString("applicant_id")).isEqualTo("P-777");
                assertThat(found.getString("subject")).isEqualTo("Математика");
                assertThat(found.getJsonArray("sittings").getValuesAs(JsonObject.class)).extracting(s -> s.getString("site"))
                        .containsExactlyInAnyOrder("north-101", "south-7");
            });
            Office.Cli table = office.cli("office", "attempts", "--twice");
            assertThat(table.exitCode()).as("someone sat twice").isEqualTo(3);
            assertThat(table.out()).contains("P-777");

            assertThat(office.office.intake().refused()).isEmpty();
        }
    }

    /** The attempts the room holds for the exam, as {@code site/attempt}. */
    private static Set<String> attempts(ControllerRoom room, String exam) {
        return room.get("/api/v1/exams/" + exam + "/attempts").getJsonArray("attempts").getValuesAs(JsonObject.class).stream()
                .map(a -> room.site + "/" + a.getString("id")).collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
