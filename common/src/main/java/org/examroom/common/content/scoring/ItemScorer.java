package org.examroom.common.content.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.examroom.common.content.Cardinality;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.Item;
import org.examroom.common.content.Mapping;
import org.examroom.common.content.ResponseDeclaration;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.Scoring;

/**
 * Scores one item: {@code ItemScorer.score(item, responses)} gives the points the item's own rules award, exactly as
 * the source format defines them. Responses are keyed by response identifier ({@code RESPONSE} for most items); a
 * missing key counts as no answer. Grading of a whole test (sums, scaling, pass marks) is not done here.
 */
public final class ItemScorer {

    private static final MathContext MATH = MathContext.DECIMAL64;

    private ItemScorer() {
    }

    /** The points for the given responses. */
    public static ItemScore score(Item item, Map<String, ResponseValue> responses) {
        BigDecimal points = switch (item.scoring()) {
            case Scoring.Manual manual -> BigDecimal.ZERO;
            case Scoring.QtiRules rules -> QtiProcessor.score(item, rules.rules(), responses);
            case Scoring moodle -> moodle(moodle, responses);
        };
        return new ItemScore(item.id(), clean(points), maxScore(item), item.scoring() instanceof Scoring.Manual);
    }

    /** The points for an item with one interaction, answered with {@code response}. */
    public static ItemScore score(Item item, ResponseValue response) {
        Map<String, ResponseValue> responses = new HashMap<>();
        item.responses().stream().findFirst().ifPresent(d -> responses.put(d.identifier(), response));
        return score(item, responses);
    }

    /**
     * What the declared correct responses earn; empty when the item declares no correct response nor mapping, or
     * nobody scores it automatically.
     */
    public static Optional<BigDecimal> scoreWhenCorrect(Item item) {
        if (item.scoring() instanceof Scoring.Manual) {
            return Optional.empty();
        }
        if (!isKeyed(item)) {
            return Optional.empty();
        }
        return Optional.of(score(item, correctResponses(item)).score());
    }

    private static boolean isKeyed(Item item) {
        return item.responses().stream().anyMatch(r -> r.correct().isPresent()
                || (item.scoring() instanceof Scoring.QtiRules && (r.mapping().isPresent()
                        || r.areaMapping().isPresent())));
    }

    /** The declared correct response of each response declaration that has one. */
    public static Map<String, ResponseValue> correctResponses(Item item) {
        Map<String, ResponseValue> responses = new HashMap<>();
        for (ResponseDeclaration declaration : item.responses()) {
            declaration.correct().ifPresent(c -> responses.put(declaration.identifier(), c));
        }
        return responses;
    }

    /**
     * The most the item can earn: what its author declared, else what its scoring allows; empty for items nobody
     * scores automatically and without a declared maximum.
     */
    public static Optional<BigDecimal> maxScore(Item item) {
        if (item.declaredMax().isPresent()) {
            return item.declaredMax().map(ItemScorer::clean);
        }
        return switch (item.scoring()) {
            case Scoring.Manual manual -> Optional.empty();
            case Scoring.QtiRules rules -> switch (rules.template()) {
                case "match_correct" -> Optional.of(BigDecimal.ONE);
                case "map_response", "map_response_point" -> item.responses().stream().findFirst()
                        .flatMap(d -> mappedMaximum(item, d)).map(ItemScorer::clean);
                default -> isKeyed(item)
                        ? Optional.of(clean(QtiProcessor.score(item, rules.rules(), correctResponses(item))))
                        : Optional.empty();
            };
            case Scoring moodle -> Optional.of(clean(mark(moodle)));
        };
    }

    private static Optional<BigDecimal> mappedMaximum(Item item, ResponseDeclaration declaration) {
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal fallback;
        Optional<BigDecimal> upper;
        if (declaration.mapping().isPresent()) {
            Mapping mapping = declaration.mapping().get();
            mapping.entries().forEach(e -> values.add(e.value()));
            fallback = mapping.defaultValue();
            upper = mapping.upperBound();
        } else if (declaration.areaMapping().isPresent()) {
            declaration.areaMapping().get().areas().forEach(a -> values.add(a.value()));
            fallback = declaration.areaMapping().get().defaultValue();
            upper = declaration.areaMapping().get().upperBound();
        } else {
            return Optional.empty();
        }
        BigDecimal best;
        if (declaration.cardinality() == Cardinality.SINGLE) {
            best = values.stream().reduce(fallback, BigDecimal::max);
        } else {
            int limit = item.interactions().stream()
                    .filter(i -> i.responseIdentifier().equals(declaration.identifier()))
                    .mapToInt(Interaction::maxChoices).filter(n -> n > 0).findFirst().orElse(Integer.MAX_VALUE);
            best = values.stream().filter(v -> v.signum() > 0).sorted(Comparator.reverseOrder())
                    .limit(limit).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return Optional.of(upper.isPresent() ? best.min(upper.get()) : best);
    }

    private static BigDecimal mark(Scoring scoring) {
        return switch (scoring) {
            case Scoring.ChoiceFractions s -> s.mark();
            case Scoring.RightChoices s -> s.mark();
            case Scoring.TextAnswers s -> s.mark();
            case Scoring.NumericAnswers s -> s.mark();
            case Scoring.MatchedPairs s -> s.mark();
            case Scoring.Gaps s -> s.mark();
            case Scoring.Ordering s -> s.mark();
            case Scoring.Parts s -> s.parts().stream().map(ItemScorer::mark).reduce(BigDecimal.ZERO, BigDecimal::add);
            case Scoring.Manual s -> BigDecimal.ZERO;
            case Scoring.QtiRules s -> BigDecimal.ZERO;
        };
    }

    /** Moodle's grading: a fraction of the question's mark. Penalties apply only to retries, which exams have not. */
    private static BigDecimal moodle(Scoring scoring, Map<String, ResponseValue> responses) {
        return switch (scoring) {
            case Scoring.ChoiceFractions s -> s.mark().multiply(choiceFraction(s, responses.get(s.responseId())));
            case Scoring.RightChoices s -> s.mark().multiply(rightChoices(s, responses.get(s.responseId())));
            case Scoring.TextAnswers s -> s.mark().multiply(textFraction(s, responses.get(s.responseId())));
            case Scoring.NumericAnswers s -> s.mark().multiply(numericFraction(s, responses.get(s.responseId())));
            case Scoring.MatchedPairs s -> s.mark().multiply(pairsFraction(s, responses.get(s.responseId())));
            case Scoring.Gaps s -> s.mark().multiply(gapsFraction(s, responses));
            case Scoring.Ordering s -> s.mark().multiply(orderFraction(s, responses.get(s.responseId())));
            case Scoring.Parts s -> s.parts().stream().map(p -> moodle(p, responses))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            case Scoring.Manual s -> BigDecimal.ZERO;
            case Scoring.QtiRules s -> BigDecimal.ZERO;
        };
    }

    private static BigDecimal choiceFraction(Scoring.ChoiceFractions s, ResponseValue response) {
        List<String> chosen = switch (response) {
            case ResponseValue.Identifier id -> List.of(id.id());
            case ResponseValue.IdentifierSet set -> List.copyOf(set.ids());
            case null, default -> List.of();
        };
        if (!s.multiple()) {
            return chosen.size() == 1 ? s.fractions().getOrDefault(chosen.getFirst(), BigDecimal.ZERO)
                    : BigDecimal.ZERO;
        }
        BigDecimal sum = chosen.stream().map(c -> s.fractions().getOrDefault(c, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static BigDecimal rightChoices(Scoring.RightChoices s, ResponseValue response) {
        Set<String> chosen = response instanceof ResponseValue.IdentifierSet set ? set.ids() : Set.of();
        if (s.right().isEmpty()) {
            return BigDecimal.ZERO;
        }
        long right = chosen.stream().filter(s.right()::contains).count();
        long excess = Math.max(0, chosen.size() - s.right().size());
        return BigDecimal.valueOf(Math.max(0, right - excess)).divide(BigDecimal.valueOf(s.right().size()), MATH);
    }

    private static BigDecimal textFraction(Scoring.TextAnswers s, ResponseValue response) {
        if (!(response instanceof ResponseValue.Text text) || text.text().isBlank()) {
            return BigDecimal.ZERO;
        }
        String given = normalise(text.text());
        for (Scoring.TextAnswer answer : s.answers()) {
            if (wildcard(normalise(answer.pattern()), s.caseSensitive()).matcher(given).matches()) {
                return answer.fraction();
            }
        }
        return BigDecimal.ZERO;
    }

    /** Moodle trims answers and compares them with {@code *} as "any text", case-insensitively unless asked. */
    private static Pattern wildcard(String pattern, boolean caseSensitive) {
        StringBuilder regex = new StringBuilder();
        for (String literal : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal.replace("\\*", "*")));
        }
        int flags = Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(regex.toString(), flags);
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static BigDecimal numericFraction(Scoring.NumericAnswers s, ResponseValue response) {
        Optional<BigDecimal> given = switch (response) {
            case ResponseValue.Number n -> Optional.of(n.value());
            case ResponseValue.Text t -> parseNumber(t.text());
            case null, default -> Optional.empty();
        };
        if (given.isEmpty()) {
            return BigDecimal.ZERO;
        }
        for (Scoring.NumericAnswer answer : s.answers()) {
            if (answer.any() || given.get().subtract(answer.value()).abs().compareTo(answer.tolerance()) <= 0) {
                return answer.fraction();
            }
        }
        return BigDecimal.ZERO;
    }

    /** A typed number; a decimal comma is accepted, since Russian applicants write 3,14. */
    static Optional<BigDecimal> parseNumber(String text) {
        String t = text.strip().replace('\u2212', '-').replace(" ", "").replace('\u00a0', ' ').replace(" ", "");
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal pairsFraction(Scoring.MatchedPairs s, ResponseValue response) {
        if (!(response instanceof ResponseValue.PairSet pairs) || s.answerOfStem().isEmpty()) {
            return BigDecimal.ZERO;
        }
        Map<String, String> given = new HashMap<>();
        for (ResponseValue.Pair pair : pairs.pairs()) {
            if (given.putIfAbsent(pair.first(), pair.second()) != null) {
                given.put(pair.first(), "");
            }
        }
        long right = s.answerOfStem().entrySet().stream()
                .filter(e -> e.getValue().equals(given.get(e.getKey()))).count();
        return BigDecimal.valueOf(right).divide(BigDecimal.valueOf(s.answerOfStem().size()), MATH);
    }

    private static BigDecimal gapsFraction(Scoring.Gaps s, Map<String, ResponseValue> responses) {
        if (s.optionOfGap().isEmpty()) {
            return BigDecimal.ZERO;
        }
        long right = s.optionOfGap().entrySet().stream()
                .filter(e -> responses.get(e.getKey()) instanceof ResponseValue.Identifier id
                        && id.id().equals(e.getValue())).count();
        return BigDecimal.valueOf(right).divide(BigDecimal.valueOf(s.optionOfGap().size()), MATH);
    }

    private static BigDecimal orderFraction(Scoring.Ordering s, ResponseValue response) {
        if (!(response instanceof ResponseValue.OrderedIdentifiers given) || s.order().isEmpty()) {
            return BigDecimal.ZERO;
        }
        return OrderingGrader.fraction(s.grading(), s.order(), given.ids());
    }

    /** Scores as people write them: 2.5, 1, 0.3333333 (seven decimals, as Moodle stores fractions). */
    static BigDecimal clean(BigDecimal value) {
        BigDecimal rounded = value.setScale(7, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
