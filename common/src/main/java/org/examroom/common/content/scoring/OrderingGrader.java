package org.examroom.common.content.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.examroom.common.content.Scoring.OrderingGrading;

/**
 * Moodle's ordering grades: the share of positions, neighbours or relations the applicant got right, counted the way
 * Moodle's ordering question type counts them (including its quirks, such as the start and end of the list counting
 * as neighbours).
 */
final class OrderingGrader {

    /** Stands for "nothing before" or "nothing after" an item. */
    private static final String EDGE = "\u0000edge";

    private OrderingGrader() {
    }

    static BigDecimal fraction(OrderingGrading grading, List<String> correct, List<String> given) {
        int right = 0;
        int total = 0;
        switch (grading) {
            case ALL_OR_NOTHING, ABSOLUTE_POSITION -> {
                for (int p = 0; p < correct.size(); p++) {
                    if (p < given.size() && given.get(p).equals(correct.get(p))) {
                        right++;
                    }
                    total++;
                }
                if (grading == OrderingGrading.ALL_OR_NOTHING && right < total) {
                    right = 0;
                }
            }
            case RELATIVE_TO_CORRECT -> {
                int span = correct.size() - 1;
                for (int p = 0; p < correct.size(); p++) {
                    int q = given.indexOf(correct.get(p));
                    if (q >= 0) {
                        right += Math.max(0, span - Math.abs(p - q));
                    }
                    total += span;
                }
            }
            case RELATIVE_NEXT_EXCLUDE_LAST, RELATIVE_NEXT_INCLUDE_LAST -> {
                boolean last = grading == OrderingGrading.RELATIVE_NEXT_INCLUDE_LAST;
                Map<String, String> givenNext = next(given, last);
                for (Map.Entry<String, String> pair : next(correct, last).entrySet()) {
                    if (Objects.equals(givenNext.get(pair.getKey()), pair.getValue())) {
                        right++;
                    }
                    total++;
                }
            }
            case RELATIVE_ONE_PREVIOUS_AND_NEXT, RELATIVE_ALL_PREVIOUS_AND_NEXT -> {
                boolean all = grading == OrderingGrading.RELATIVE_ALL_PREVIOUS_AND_NEXT;
                Map<String, List<List<String>>> givenAround = around(given, all);
                for (Map.Entry<String, List<List<String>>> item : around(correct, all).entrySet()) {
                    List<List<String>> mine = givenAround.get(item.getKey());
                    for (int side = 0; side < 2; side++) {
                        List<String> expected = item.getValue().get(side);
                        if (mine != null) {
                            right += (int) expected.stream().filter(mine.get(side)::contains).count();
                        }
                        total += expected.size();
                    }
                }
            }
            case LONGEST_ORDERED_SUBSET, LONGEST_CONTIGUOUS_SUBSET -> {
                right = longestSubset(correct, given, grading == OrderingGrading.LONGEST_CONTIGUOUS_SUBSET);
                total = given.size();
            }
        }
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(right).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }

    /** Each item's follower; the last item is followed by the edge when it counts, else it is left out. */
    private static Map<String, String> next(List<String> order, boolean includeLast) {
        Map<String, String> next = new HashMap<>();
        for (int i = 0; i < order.size() - 1; i++) {
            next.put(order.get(i), order.get(i + 1));
        }
        if (includeLast && !order.isEmpty()) {
            next.put(order.getLast(), EDGE);
        }
        return next;
    }

    /** Each item's items before and after it: all of them, or only the nearest (the edge at either end). */
    private static Map<String, List<List<String>>> around(List<String> order, boolean all) {
        Map<String, List<List<String>>> around = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            List<String> before;
            List<String> after;
            if (all) {
                before = order.subList(0, i);
                after = order.subList(i + 1, order.size());
            } else {
                before = List.of(i == 0 ? EDGE : order.get(i - 1));
                after = List.of(i == order.size() - 1 ? EDGE : order.get(i + 1));
            }
            around.put(order.get(i), List.of(before, after));
        }
        return around;
    }

    /**
     * The length of the longest run of the applicant's items that keeps the correct order (contiguous: with no
     * correct item missing between them), found as Moodle finds it; runs of one item count as none.
     */
    private static int longestSubset(List<String> correct, List<String> given, boolean contiguous) {
        List<Integer> positions = given.stream().map(correct::indexOf).toList();
        List<List<Integer>> subsets = new ArrayList<>();
        for (int p = 0; p < positions.size(); p++) {
            int value = positions.get(p);
            boolean fresh = true;
            List<List<Integer>> added = new ArrayList<>();
            for (List<Integer> subset : subsets) {
                int end = positions.get(subset.getLast());
                if (value == end + 1) {
                    fresh = false;
                    subset.add(p);
                } else if (!contiguous && value > end) {
                    fresh = false;
                    added.add(new ArrayList<>(subset));
                    subset.add(p);
                }
            }
            if (fresh) {
                added.add(new ArrayList<>(List.of(p)));
            }
            subsets.addAll(added);
        }
        int best = 1;
        for (List<Integer> subset : subsets) {
            best = Math.max(best, subset.size());
        }
        return best > 1 ? best : 0;
    }
}
