package org.examroom.common.seating;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.exam.Seat;
import org.examroom.common.exam.VariantId;
import org.examroom.common.i18n.Explanation;

/**
 * Moving an applicant to another seat by hand after the automatic plan. Only before the key is issued (the key is
 * bound to the seat) and only into a free seat or by swapping with another applicant who may move too. The seat keeps
 * neighbours on different variants: a swap exchanges the variants with the seats, and a move into a free seat takes
 * a variant no neighbour has, when there is one.
 */
public final class SeatMove {

    private SeatMove() {
    }

    /** Whether an attempt in this state may still change its seat. */
    public static boolean movable(AttemptState state) {
        return state == AttemptState.REGISTERED || state == AttemptState.ADMITTED;
    }

    /** Why an attempt in this state may not move, or nothing when it may. */
    public static java.util.Optional<Explanation> refusal(AttemptState state) {
        return movable(state) ? java.util.Optional.empty()
                : java.util.Optional.of(Explanation.of("seat.move.tooLate", Explanation.of("state." + state.name())));
    }

    /**
     * The variant for {@code target} given the variants already on the other seats of the room: {@code current} when no
     * neighbour has it, else the first of {@code variants} that no neighbour has, else {@code current} (a room with
     * fewer variants than neighbours cannot do better; the caller is told through {@link #clashes}).
     */
    public static VariantId variantFor(Seat target, VariantId current, Map<Seat, VariantId> others, List<VariantId> variants) {
        Set<VariantId> taken = others.entrySet().stream().filter(e -> e.getKey().neighbours(target))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
        if (!taken.contains(current)) {
            return current;
        }
        return variants.stream().filter(v -> !taken.contains(v)).findFirst().orElse(current);
    }

    /** The neighbours of {@code target} that carry {@code variant}: empty for a good seat. */
    public static List<Seat> clashes(Seat target, VariantId variant, Map<Seat, VariantId> others) {
        return others.entrySet().stream().filter(e -> e.getKey().neighbours(target) && e.getValue().equals(variant))
                .map(Map.Entry::getKey).sorted(java.util.Comparator.comparing(Seat::label)).toList();
    }
}
