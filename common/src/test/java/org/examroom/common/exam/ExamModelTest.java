package org.examroom.common.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamModelTest {

    @Test
    void namesReadAsInThePassportAndInShortForm() {
        PersonName anna = PersonName.of("Иванова", "Анна", "Петровна");
        assertThat(anna.full()).isEqualTo("Иванова Анна Петровна");
        assertThat(anna.shortForm()).isEqualTo("Иванова А. П.");
        PersonName noPatronymic = PersonName.of("Smith", "John", " ");
        assertThat(noPatronymic.full()).isEqualTo("Smith John");
        assertThat(noPatronymic.shortForm()).isEqualTo("Smith J.");
        assertThatThrownBy(() -> PersonName.of(" ", "Анна", null)).hasMessageContaining("surname");
    }

    @Test
    void anExamIsScheduledInMoscowTime() {
        Exam exam = new Exam(new ExamId("PHYS-2"), "Физика", "03.03.02", Delivery.IN_ROOM, 2,
                Exam.moscow(LocalDateTime.of(2026, 7, 20, 10, 0)), Duration.ofMinutes(180), 39, 100,
                EnumSet.of(Aid.CALCULATOR, Aid.DRAFT_PAPER));
        assertThat(exam.scheduledStart()).hasToString("2026-07-20T07:00:00Z");
        assertThat(exam.scheduledStartMoscow().getHour()).isEqualTo(10);
        assertThat(exam.commonEnd()).hasToString("2026-07-20T10:00:00Z");
        assertThat(exam.allowedAids()).containsExactlyInAnyOrder(Aid.CALCULATOR, Aid.DRAFT_PAPER);
    }

    @Test
    void anImpossibleExamIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new Exam(new ExamId("X"), "Физика", "03.03.02", Delivery.IN_ROOM, 1,
                Exam.moscow(LocalDateTime.of(2026, 7, 20, 10, 0)), Duration.ofMinutes(180), 101, 100, Set.of()))
                .hasMessageContaining("pass mark 101");
        assertThatThrownBy(() -> new Exam(new ExamId("X"), "Физика", "03.03.02", Delivery.IN_ROOM, 0,
                Exam.moscow(LocalDateTime.of(2026, 7, 20, 10, 0)), Duration.ofMinutes(180), 40, 100, Set.of()))
                .hasMessageContaining("streams count from 1");
        assertThatThrownBy(() -> new ExamId(" ")).hasMessageContaining("ExamId");
    }

    @Test
    void seatsAreNeighboursSideBySideOrOneBehindTheOther() {
        Seat s = new Seat("2-2", 2, 2);
        assertThat(s.neighbours(new Seat("2-3", 2, 3))).isTrue();
        assertThat(s.neighbours(new Seat("1-2", 1, 2))).isTrue();
        assertThat(s.neighbours(new Seat("3-3", 3, 3))).isFalse();
        assertThat(s.neighbours(new Seat("2-4", 2, 4))).isFalse();
        assertThat(s.neighbours(s)).isFalse();
    }

    @Test
    void aRoomRefusesTwoSeatsInOnePlace() {
        assertThatThrownBy(() -> new Room(new RoomId("1"), "1", List.of(new Seat("A", 1, 1), new Seat("A", 1, 2)), false))
                .hasMessageContaining("seat A twice");
        assertThatThrownBy(() -> new Room(new RoomId("1"), "1", List.of(new Seat("A", 1, 1), new Seat("B", 1, 1)), false))
                .hasMessageContaining("row 1, column 1");
        assertThat(Room.grid(new RoomId("1"), "1", 3, 4).seats()).hasSize(12);
    }

    @Test
    void staffNeedARoleAndAccommodationsNeedNonNegativeTime() {
        assertThatThrownBy(() -> new StaffMember(new StaffId("S"), PersonName.of("Петров", "Иван", null), Set.of()))
                .hasMessageContaining("no role");
        var member = new StaffMember(new StaffId("S"), PersonName.of("Петров", "Иван", null), Set.of(StaffRole.SUPERVISOR));
        assertThat(member.holds(StaffRole.SUPERVISOR)).isTrue();
        assertThat(member.holds(StaffRole.OBSERVER)).isFalse();
        assertThatThrownBy(() -> new Accommodations(Duration.ofMinutes(-1), false, false, false)).hasMessageContaining("negative");
        assertThat(Accommodations.NONE.any()).isFalse();
        assertThat(new IdentityDocument(IdentityDocument.Kind.PASSPORT_RF, "4510  123456").searchKey()).isEqualTo("4510123456");
    }
}
