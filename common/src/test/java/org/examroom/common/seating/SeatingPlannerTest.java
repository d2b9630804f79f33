package org.examroom.common.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.examroom.common.exam.Accommodations;
import org.examroom.common.exam.Applicant;
import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.IdentityDocument;
import org.examroom.common.exam.PersonName;
import org.examroom.common.exam.Room;
import org.examroom.common.exam.RoomId;
import org.examroom.common.exam.Seat;
import org.examroom.common.exam.VariantId;
import org.junit.jupiter.api.Test;

class SeatingPlannerTest {

    private static final List<VariantId> TWO = List.of(new VariantId("V1"), new VariantId("V2"));
    private final SeatingPlanner planner = new SeatingPlanner();

    static List<Applicant> applicants(int n, Accommodations accommodations, String prefix) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new Applicant(new ApplicantId(prefix + i),
                PersonName.of("Фамилия" + i, "Имя", null),
                new IdentityDocument(IdentityDocument.Kind.PASSPORT_RF, "4500 " + (100000 + i)), accommodations)).toList();
    }

    @Test
    void everyoneIsSeatedOnceAndNeighboursDiffer() {
        Room room = Room.grid(new RoomId("101"), "Ауд. 101", 5, 6);
        SeatingPlan plan = planner.plan(List.of(room), applicants(30, Accommodations.NONE, "A"), TWO, 42);
        assertThat(plan.unseated()).isEmpty();
        assertThat(plan.assignments()).hasSize(30);
        assertThat(plan.assignments().stream().map(a -> a.seat().label()).distinct()).hasSize(30);
        assertThat(plan.assignments().stream().map(SeatingPlan.Assignment::applicant).distinct()).hasSize(30);
        assertThat(plan.neighboursWithSameVariant()).isEmpty();
        assertThat(plan.assignments().stream().map(SeatingPlan.Assignment::variant).distinct()).hasSize(2);
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        Room room = Room.grid(new RoomId("101"), "Ауд. 101", 4, 4);
        var people = applicants(16, Accommodations.NONE, "A");
        assertThat(planner.plan(List.of(room), people, TWO, 7)).isEqualTo(planner.plan(List.of(room), people, TWO, 7));
        assertThat(planner.plan(List.of(room), people, TWO, 7)).isNotEqualTo(planner.plan(List.of(room), people, TWO, 8));
    }

    @Test
    void applicantsWhoNeedASeparateRoomGetOneAndAtMostTwelveToARoom() {
        Room main = Room.grid(new RoomId("101"), "Ауд. 101", 3, 3);
        Room separate = new Room(new RoomId("105"), "Ауд. 105", Room.grid(new RoomId("x"), "x", 4, 4).seats(), true);
        var separateRoom = new Accommodations(Duration.ofMinutes(90), true, true, false);
        List<Applicant> people = new ArrayList<>(applicants(5, Accommodations.NONE, "A"));
        people.addAll(applicants(13, separateRoom, "S"));

        SeatingPlan plan = planner.plan(List.of(main, separate), people, TWO, 1);
        assertThat(plan.assignments()).filteredOn(a -> a.applicant().value().startsWith("S"))
                .hasSize(12).allMatch(a -> a.room().equals(separate.id()));
        assertThat(plan.assignments()).filteredOn(a -> a.applicant().value().startsWith("A"))
                .hasSize(5).allMatch(a -> a.room().equals(main.id()));
        assertThat(plan.unseated()).singleElement().satisfies(u -> {
            assertThat(u.applicant().value()).startsWith("S");
            assertThat(u.reason().in(Locale.of("ru"))).isEqualTo("Не хватило мест в отдельных аудиториях для поступающих с ОВЗ");
        });
    }

    @Test
    void whoDoesNotFitIsNamed() {
        Room small = Room.grid(new RoomId("7"), "Ауд. 7", 1, 2);
        SeatingPlan plan = planner.plan(List.of(small), applicants(3, Accommodations.NONE, "A"), TWO, 3);
        assertThat(plan.assignments()).hasSize(2);
        assertThat(plan.unseated()).hasSize(1);
    }

    @Property(tries = 200)
    void neighboursNeverShareAVariantInAnyRoomShape(@ForAll @IntRange(min = 1, max = 8) int rows,
            @ForAll @IntRange(min = 1, max = 8) int columns, @ForAll @IntRange(min = 2, max = 4) int variantCount,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int holesPercent) {
        // a room whose grid has gaps (aisles, broken desks)
        java.util.Random random = new java.util.Random(seed);
        List<Seat> seats = new ArrayList<>();
        for (int r = 1; r <= rows; r++) {
            for (int c = 1; c <= columns; c++) {
                if (random.nextInt(100) >= holesPercent / 2) {
                    seats.add(new Seat(r + "-" + c, r, c));
                }
            }
        }
        Room room = new Room(new RoomId("R"), "R", seats, false);
        List<VariantId> variants = IntStream.rangeClosed(1, variantCount).mapToObj(i -> new VariantId("V" + i)).toList();
        SeatingPlan plan = planner.plan(List.of(room), applicants(rows * columns, Accommodations.NONE, "A"), variants, seed);

        assertThat(plan.neighboursWithSameVariant()).isEmpty();
        assertThat(plan.assignments()).hasSize(seats.size());
        Set<String> used = new HashSet<>();
        plan.assignments().forEach(a -> assertThat(used.add(a.seat().label())).isTrue());
        assertThat(plan.assignments().size() + plan.unseated().size()).isEqualTo(rows * columns);
    }
}
