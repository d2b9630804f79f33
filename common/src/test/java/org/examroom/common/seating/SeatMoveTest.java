package org.examroom.common.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.exam.Seat;
import org.examroom.common.exam.VariantId;
import org.junit.jupiter.api.Test;

class SeatMoveTest {

    static final VariantId V1 = new VariantId("V1");
    static final VariantId V2 = new VariantId("V2");
    static final VariantId V3 = new VariantId("V3");

    static Seat seat(int row, int column) {
        return new Seat(row + "-" + column, row, column);
    }

    @Test
    void onlyBeforeTheKeyIsIssued() {
        assertThat(SeatMove.movable(AttemptState.REGISTERED)).isTrue();
        assertThat(SeatMove.movable(AttemptState.ADMITTED)).isTrue();
        assertThat(SeatMove.movable(AttemptState.KEY_ISSUED)).isFalse();
        assertThat(SeatMove.refusal(AttemptState.IN_PROGRESS).orElseThrow().in(Locale.of("ru")))
                .isEqualTo("Пересадить нельзя: состояние «идёт тестирование»; место меняют только до выдачи ключа (ключ привязан к месту)");
    }

    @Test
    void aFreeSeatTakesAVariantNoNeighbourHas() {
        Map<Seat, VariantId> others = Map.of(seat(1, 1), V1, seat(1, 3), V1, seat(2, 2), V2, seat(3, 3), V3);
        assertThat(SeatMove.variantFor(seat(1, 2), V1, others, List.of(V1, V2, V3))).isEqualTo(V3);
        assertThat(SeatMove.variantFor(seat(1, 2), V3, others, List.of(V1, V2, V3))).as("kept when it fits").isEqualTo(V3);
        assertThat(SeatMove.variantFor(seat(1, 2), V1, others, List.of(V1, V2))).as("none fits: kept").isEqualTo(V1);
        assertThat(SeatMove.clashes(seat(1, 2), V1, others)).extracting(Seat::label).containsExactly("1-1", "1-3");
        assertThat(SeatMove.clashes(seat(1, 2), V3, others)).isEmpty();
    }
}
