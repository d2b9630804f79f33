package org.examroom.common.content.moodle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.examroom.common.content.BaseType;
import org.examroom.common.content.Cardinality;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseDeclaration;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.Scoring;

/**
 * Builders shared by the Moodle XML and GIFT importers: both describe Moodle questions, graded the way Moodle grades
 * them, with fractions of a question's default mark.
 */
public final class MoodleQuestions {

    public static final String RESPONSE = "RESPONSE";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoodleQuestions() {
    }

    /** A Moodle fraction written as a percentage ({@code 33.33333}) as a share of one. */
    public static BigDecimal percent(String text) {
        return new BigDecimal(text.trim()).divide(HUNDRED, MathContext.DECIMAL64);
    }

    /** Moodle's exact 1/3 and 2/3 fractions are stored with 7 decimals: count them as full thirds. */
    public static boolean isFull(BigDecimal fraction) {
        return fraction.compareTo(new BigDecimal("0.9999")) >= 0;
    }

    public static Item item(String id, String title, String source, String category, String body,
                            List<Interaction> interactions, List<ResponseDeclaration> responses, Scoring scoring,
                            BigDecimal mark, List<String> media) {
        return new Item(id, title, source, category, body, interactions, responses, List.of(), scoring,
                Optional.of(mark), media);
    }

    /** Single or multiple choice by fractions; the declared correct response is the best single option, or every
     * option with a positive fraction when they add up to the full mark. */
    public static Item choice(String id, String title, String source, String category, String body,
                              List<Choice> options, List<BigDecimal> fractions, boolean multiple, BigDecimal mark,
                              List<String> media) {
        Map<String, BigDecimal> byId = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            byId.put(options.get(i).id(), fractions.get(i));
        }
        Optional<ResponseValue> correct;
        if (multiple) {
            List<String> positive = byId.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                    .map(Map.Entry::getKey).toList();
            BigDecimal sum = positive.stream().map(byId::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            correct = isFull(sum) ? Optional.of(new ResponseValue.IdentifierSet(new LinkedHashSet<>(positive)))
                    : Optional.empty();
        } else {
            correct = byId.entrySet().stream().filter(e -> isFull(e.getValue())).findFirst()
                    .map(e -> new ResponseValue.Identifier(e.getKey()));
        }
        Interaction interaction = new Interaction(InteractionType.CHOICE, RESPONSE, "", options, List.of(), 0,
                multiple ? 0 : 1, false);
        ResponseDeclaration declaration = new ResponseDeclaration(RESPONSE,
                multiple ? Cardinality.MULTIPLE : Cardinality.SINGLE, BaseType.IDENTIFIER, correct,
                Optional.empty(), Optional.empty());
        return item(id, title, source, category, body, List.of(interaction), List.of(declaration),
                new Scoring.ChoiceFractions(RESPONSE, byId, multiple, mark), mark, media);
    }

    public static Item shortAnswer(String id, String title, String source, String category, String body,
                                   List<Scoring.TextAnswer> answers, boolean caseSensitive, BigDecimal mark,
                                   List<String> media) {
        Optional<ResponseValue> correct = answers.stream().filter(a -> isFull(a.fraction())).findFirst()
                .map(a -> new ResponseValue.Text(a.pattern().replace("\\*", "\u0000").replace("*", "")
                        .replace("\u0000", "*")));
        Interaction interaction = new Interaction(InteractionType.TEXT_ENTRY, RESPONSE, "", List.of(), List.of(), 0,
                1, false);
        ResponseDeclaration declaration = new ResponseDeclaration(RESPONSE, Cardinality.SINGLE, BaseType.STRING,
                correct, Optional.empty(), Optional.empty());
        return item(id, title, source, category, body, List.of(interaction), List.of(declaration),
                new Scoring.TextAnswers(RESPONSE, answers, caseSensitive, mark), mark, media);
    }

    public static Item numerical(String id, String title, String source, String category, String body,
                                 List<Scoring.NumericAnswer> answers, BigDecimal mark, List<String> media) {
        Optional<ResponseValue> correct = fullMarkNumber(answers).map(ResponseValue.Number::new);
        Interaction interaction = new Interaction(InteractionType.NUMERIC_ENTRY, RESPONSE, "", List.of(), List.of(),
                0, 1, false);
        ResponseDeclaration declaration = new ResponseDeclaration(RESPONSE, Cardinality.SINGLE, BaseType.FLOAT,
                correct, Optional.empty(), Optional.empty());
        return item(id, title, source, category, body, List.of(interaction), List.of(declaration),
                new Scoring.NumericAnswers(RESPONSE, answers, mark), mark, media);
    }

    /**
     * A number that earns the full mark. Moodle takes the first answer whose tolerance covers the response, so a
     * full-mark value inside an earlier partial answer's range does not earn the full mark; the edges of the range
     * are tried too.
     */
    public static Optional<BigDecimal> fullMarkNumber(List<Scoring.NumericAnswer> answers) {
        for (Scoring.NumericAnswer answer : answers) {
            if (!isFull(answer.fraction()) || answer.any()) {
                continue;
            }
            for (BigDecimal candidate : List.of(answer.value(), answer.value().subtract(answer.tolerance()),
                    answer.value().add(answer.tolerance()))) {
                Optional<Scoring.NumericAnswer> first = answers.stream().filter(a -> a.any()
                        || candidate.subtract(a.value()).abs().compareTo(a.tolerance()) <= 0).findFirst();
                if (first.isPresent() && isFull(first.get().fraction())) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The choices in an order, and with identifiers, that do not give the answer away, the same at every import:
     * Moodle exports ordering items in their correct order and matching answers in their stems' order, and a
     * terminal must not learn either from the list it receives. Returns each original identifier's new choice, in
     * the new order.
     */
    public static Map<String, Choice> scramble(String itemId, List<Choice> choices, String prefix) {
        List<Integer> order = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            order.add(i);
            keys.add(sha256(itemId + "\u0000" + i + "\u0000" + choices.get(i).content()));
        }
        order.sort(Comparator.comparing(keys::get));
        Map<String, Choice> scrambled = new LinkedHashMap<>();
        for (int position = 0; position < order.size(); position++) {
            Choice original = choices.get(order.get(position));
            scrambled.put(original.id(), new Choice(prefix + (position + 1), original.content(), original.fixed(),
                    original.matchMax()));
        }
        return scrambled;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Matching: stems with their answers; answers without a stem are distractors. */
    public static Item matching(String id, String title, String source, String category, String body,
                                List<Choice> stems, List<Choice> givenAnswers, Map<String, String> givenAnswerOfStem,
                                BigDecimal mark, List<String> media) {
        Map<String, Choice> scrambled = scramble(id, givenAnswers, "M");
        List<Choice> answers = List.copyOf(scrambled.values());
        Map<String, String> answerOfStem = new LinkedHashMap<>();
        givenAnswerOfStem.forEach((stem, answer) -> answerOfStem.put(stem, scrambled.get(answer).id()));
        Set<ResponseValue.Pair> pairs = new LinkedHashSet<>();
        answerOfStem.forEach((stem, answer) -> pairs.add(new ResponseValue.Pair(stem, answer)));
        Interaction interaction = new Interaction(InteractionType.MATCH, RESPONSE, "", stems, answers, 0,
                stems.size(), true);
        ResponseDeclaration declaration = new ResponseDeclaration(RESPONSE, Cardinality.MULTIPLE,
                BaseType.DIRECTED_PAIR, pairs.isEmpty() ? Optional.empty() : Optional.of(new ResponseValue.PairSet(pairs)),
                Optional.empty(), Optional.empty());
        return item(id, title, source, category, body, List.of(interaction), List.of(declaration),
                new Scoring.MatchedPairs(RESPONSE, answerOfStem, mark), mark, media);
    }

    public static Item manual(String id, String title, String source, String category, String body, BigDecimal mark,
                              List<String> media, boolean answered) {
        List<Interaction> interactions = answered ? List.of(new Interaction(InteractionType.EXTENDED_TEXT, RESPONSE,
                "", List.of(), List.of(), 0, 1, false)) : List.of();
        List<ResponseDeclaration> responses = answered ? List.of(new ResponseDeclaration(RESPONSE, Cardinality.SINGLE,
                BaseType.STRING, Optional.empty(), Optional.empty(), Optional.empty())) : List.of();
        return item(id, title, source, category, body, interactions, responses, new Scoring.Manual(), mark, media);
    }
}
