package org.examroom.common.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an item turns responses into points, as its source format defines it. QTI items keep their response
 * processing; Moodle and GIFT questions keep Moodle's grading, with the question's default mark.
 */
public sealed interface Scoring {

    /** Nobody scores it automatically (essays, surveys): a person marks it. */
    record Manual() implements Scoring {
    }

    /**
     * QTI response processing; {@code template} names the standard template it came from ({@code match_correct},
     * {@code map_response}, {@code map_response_point}) or is {@code custom}.
     */
    record QtiRules(String template, List<Rule> rules) implements Scoring {
        public QtiRules {
            rules = List.copyOf(rules);
        }
    }

    /**
     * Moodle multiple choice and true/false: each option carries a fraction of the mark. One answer: its fraction;
     * several: the sum of the chosen fractions, between 0 and 1.
     */
    record ChoiceFractions(String responseId, Map<String, BigDecimal> fractions, boolean multiple, BigDecimal mark)
            implements Scoring {
        public ChoiceFractions {
            fractions = Map.copyOf(fractions);
        }
    }

    /**
     * Moodle all-or-nothing-per-choice multiple response (OU multiresponse): each right choice earns an equal share,
     * each choice beyond the number of right ones cancels one share.
     */
    record RightChoices(String responseId, Set<String> right, BigDecimal mark) implements Scoring {
        public RightChoices {
            right = Set.copyOf(right);
        }
    }

    /** Moodle short answer: the first pattern that matches gives its fraction; {@code *} matches any text. */
    record TextAnswers(String responseId, List<TextAnswer> answers, boolean caseSensitive, BigDecimal mark)
            implements Scoring {
        public TextAnswers {
            answers = List.copyOf(answers);
        }
    }

    /** A short-answer pattern and its fraction. */
    record TextAnswer(String pattern, BigDecimal fraction) {
    }

    /** Moodle numerical: the first answer within its tolerance gives its fraction; a {@code null} value accepts any. */
    record NumericAnswers(String responseId, List<NumericAnswer> answers, BigDecimal mark) implements Scoring {
        public NumericAnswers {
            answers = List.copyOf(answers);
        }
    }

    /** A numerical answer, its absolute tolerance and its fraction; {@code any} accepts every number. */
    record NumericAnswer(BigDecimal value, BigDecimal tolerance, boolean any, BigDecimal fraction) {
    }

    /** Moodle matching: each stem matched to its own answer earns an equal share of the mark. */
    record MatchedPairs(String responseId, Map<String, String> answerOfStem, BigDecimal mark) implements Scoring {
        public MatchedPairs {
            answerOfStem = Map.copyOf(answerOfStem);
        }
    }

    /** Moodle gap select: each gap given its own option earns an equal share of the mark. */
    record Gaps(Map<String, String> optionOfGap, BigDecimal mark) implements Scoring {
        public Gaps {
            optionOfGap = Map.copyOf(optionOfGap);
        }
    }

    /** Moodle ordering, graded by one of Moodle's ordering grading types. */
    record Ordering(String responseId, List<String> order, OrderingGrading grading, BigDecimal mark)
            implements Scoring {
        public Ordering {
            order = List.copyOf(order);
        }
    }

    /** Moodle's grading types for ordering questions; each gives a fraction of the items or relations right. */
    enum OrderingGrading {
        ALL_OR_NOTHING, ABSOLUTE_POSITION, RELATIVE_TO_CORRECT, RELATIVE_NEXT_EXCLUDE_LAST,
        RELATIVE_NEXT_INCLUDE_LAST, RELATIVE_ONE_PREVIOUS_AND_NEXT, RELATIVE_ALL_PREVIOUS_AND_NEXT,
        LONGEST_ORDERED_SUBSET, LONGEST_CONTIGUOUS_SUBSET
    }

    /** Several independently scored parts whose points add up (Moodle embedded answers, "cloze"). */
    record Parts(List<Scoring> parts) implements Scoring {
        public Parts {
            parts = List.copyOf(parts);
        }
    }
}
