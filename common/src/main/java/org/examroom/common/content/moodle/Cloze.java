package org.examroom.common.content.moodle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examroom.common.content.BaseType;
import org.examroom.common.content.Cardinality;
import org.examroom.common.content.Choice;
import org.examroom.common.content.ContentRefusedException;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseDeclaration;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.Scoring;

/**
 * Moodle's embedded answers ("cloze", {@code multianswer}): {@code {2:SHORTANSWER:=Москва#верно~%50%Moscow}} and its
 * kin inside the text. Each gap is scored on its own, weighted by its number, and the weights share the question's mark.
 */
final class Cloze {

    private static final Pattern GAP = Pattern.compile("\\{(\\d*):([A-Z_]+):((?:\\\\.|[^}\\\\])*)}");

    private Cloze() {
    }

    static Item parse(String id, String title, String source, String category, String text, BigDecimal mark,
                      List<String> media) throws ContentRefusedException {
        Matcher m = GAP.matcher(text);
        StringBuilder body = new StringBuilder();
        List<Interaction> interactions = new ArrayList<>();
        List<ResponseDeclaration> responses = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        int n = 0;
        while (m.find()) {
            n++;
            String responseId = "GAP_" + n;
            m.appendReplacement(body, Matcher.quoteReplacement("<span data-gap=\"" + responseId + "\"></span>"));
            BigDecimal weight = m.group(1).isEmpty() ? BigDecimal.ONE : new BigDecimal(m.group(1));
            weights.add(weight);
            gaps.add(new Gap(responseId, m.group(2), answers(m.group(3))));
        }
        m.appendTail(body);
        if (gaps.isEmpty()) {
            throw new ContentRefusedException(id, "multianswer", "the text holds no embedded answer");
        }
        BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Scoring> parts = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            Gap gap = gaps.get(i);
            BigDecimal partMark = mark.multiply(weights.get(i)).divide(totalWeight, MathContext.DECIMAL64);
            parts.add(gap.scoring(id, partMark, interactions, responses));
        }
        return MoodleQuestions.item(id, title, source, category, body.toString(), interactions, responses,
                new Scoring.Parts(parts), mark, media);
    }

    private record Answer(String text, BigDecimal fraction) {
    }

    private record Gap(String responseId, String type, List<Answer> answers) {

        Scoring scoring(String itemId, BigDecimal mark, List<Interaction> interactions,
                        List<ResponseDeclaration> responses) throws ContentRefusedException {
            switch (type) {
                case "SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC" -> {
                    boolean caseSensitive = type.endsWith("C");
                    List<Scoring.TextAnswer> patterns = answers.stream()
                            .map(a -> new Scoring.TextAnswer(a.text(), a.fraction())).toList();
                    Optional<ResponseValue> correct = answers.stream().filter(a -> MoodleQuestions.isFull(a.fraction()))
                            .findFirst().map(a -> new ResponseValue.Text(a.text().replace("*", "")));
                    interactions.add(new Interaction(InteractionType.TEXT_ENTRY, responseId, "", List.of(), List.of(),
                            0, 1, false));
                    responses.add(new ResponseDeclaration(responseId, Cardinality.SINGLE, BaseType.STRING, correct,
                            Optional.empty(), Optional.empty()));
                    return new Scoring.TextAnswers(responseId, patterns, caseSensitive, mark);
                }
                case "NUMERICAL", "NM" -> {
                    List<Scoring.NumericAnswer> numbers = new ArrayList<>();
                    for (Answer a : answers) {
                        numbers.add(numeric(itemId, a));
                    }
                    Optional<ResponseValue> correct = MoodleQuestions.fullMarkNumber(numbers)
                            .map(ResponseValue.Number::new);
                    interactions.add(new Interaction(InteractionType.NUMERIC_ENTRY, responseId, "", List.of(),
                            List.of(), 0, 1, false));
                    responses.add(new ResponseDeclaration(responseId, Cardinality.SINGLE, BaseType.FLOAT, correct,
                            Optional.empty(), Optional.empty()));
                    return new Scoring.NumericAnswers(responseId, numbers, mark);
                }
                case "MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH", "MULTICHOICE_S", "MCS",
                     "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS", "MULTIRESPONSE", "MR", "MULTIRESPONSE_H",
                     "MRH", "MULTIRESPONSE_S", "MRS", "MULTIRESPONSE_HS", "MRHS" -> {
                    boolean multiple = type.startsWith("MULTIRESPONSE") || type.startsWith("MR");
                    Map<String, BigDecimal> fractions = new LinkedHashMap<>();
                    List<Choice> choices = new ArrayList<>();
                    for (int i = 0; i < answers.size(); i++) {
                        String choiceId = responseId + "_" + (i + 1);
                        choices.add(Choice.of(choiceId, answers.get(i).text()));
                        fractions.put(choiceId, answers.get(i).fraction());
                    }
                    Optional<ResponseValue> correct;
                    if (multiple) {
                        LinkedHashSet<String> positive = new LinkedHashSet<>();
                        fractions.forEach((k, v) -> {
                            if (v.signum() > 0) {
                                positive.add(k);
                            }
                        });
                        correct = positive.isEmpty() ? Optional.empty()
                                : Optional.of(new ResponseValue.IdentifierSet(positive));
                    } else {
                        correct = fractions.entrySet().stream().filter(e -> MoodleQuestions.isFull(e.getValue()))
                                .findFirst().map(e -> new ResponseValue.Identifier(e.getKey()));
                    }
                    interactions.add(new Interaction(multiple ? InteractionType.CHOICE : InteractionType.INLINE_CHOICE,
                            responseId, "", choices, List.of(), 0, multiple ? 0 : 1, type.endsWith("S")));
                    responses.add(new ResponseDeclaration(responseId, multiple ? Cardinality.MULTIPLE
                            : Cardinality.SINGLE, BaseType.IDENTIFIER, correct, Optional.empty(), Optional.empty()));
                    return new Scoring.ChoiceFractions(responseId, fractions, multiple, mark);
                }
                default -> throw new ContentRefusedException(itemId, "cloze " + type,
                        "this embedded-answer type is not supported");
            }
        }
    }

    private static Scoring.NumericAnswer numeric(String itemId, Answer a) throws ContentRefusedException {
        if (a.text().trim().equals("*")) {
            return new Scoring.NumericAnswer(BigDecimal.ZERO, BigDecimal.ZERO, true, a.fraction());
        }
        String[] parts = a.text().trim().split(":");
        try {
            return new Scoring.NumericAnswer(new BigDecimal(parts[0].trim()),
                    parts.length > 1 ? new BigDecimal(parts[1].trim()).abs() : BigDecimal.ZERO, false, a.fraction());
        } catch (NumberFormatException e) {
            throw new ContentRefusedException(itemId, "cloze NUMERICAL", "'" + a.text() + "' is not a number");
        }
    }

    private static List<Answer> answers(String spec) {
        List<Answer> answers = new ArrayList<>();
        for (String raw : splitUnescaped(spec, '~')) {
            String a = raw;
            int feedback = indexOfUnescaped(a, '#');
            if (feedback >= 0) {
                a = a.substring(0, feedback);
            }
            BigDecimal fraction = BigDecimal.ZERO;
            if (a.startsWith("=")) {
                fraction = BigDecimal.ONE;
                a = a.substring(1);
            } else if (a.startsWith("%")) {
                int end = a.indexOf('%', 1);
                if (end > 0) {
                    fraction = MoodleQuestions.percent(a.substring(1, end));
                    a = a.substring(end + 1);
                }
            }
            answers.add(new Answer(unescape(a), fraction));
        }
        return answers;
    }

    static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static int indexOfUnescaped(String text, char wanted) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\([~#=}{%:\\\\])", "$1").trim();
    }
}
