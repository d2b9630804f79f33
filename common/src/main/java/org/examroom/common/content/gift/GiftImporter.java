package org.examroom.common.content.gift;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examroom.common.content.Choice;
import org.examroom.common.content.ContentFormat;
import org.examroom.common.content.ContentRefusedException;
import org.examroom.common.content.ImportProblem;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.Item;
import org.examroom.common.content.Scoring;
import org.examroom.common.content.moodle.MoodleQuestions;

/**
 * Imports GIFT text (UTF-8): multiple choice, true/false, short answer, numerical (value, tolerance, range), matching,
 * essay and description, with {@code $CATEGORY:} lines and {@code [id:…]} identifiers.
 */
public final class GiftImporter {

    private static final Pattern ID = Pattern.compile("\\[id:([^\\]]+)]");
    private static final Pattern NUMBER_RANGE = Pattern.compile("(-?[0-9.eE+-]+)\\.\\.(-?[0-9.eE+-]+)");

    private final String file;
    private final List<Item> items = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private String category = "";
    private int position;

    private GiftImporter(String file) {
        this.file = file;
    }

    public static ImportResult importText(String file, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return ImportResult.refused(file, ContentFormat.GIFT, new ImportProblem(file, "", "encoding",
                    "GIFT files must be UTF-8; save the file as UTF-8 (it looks like another encoding, e.g. Windows-1251)"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        GiftImporter importer = new GiftImporter(file);
        importer.parse(text);
        return new ImportResult(file, ContentFormat.GIFT, "", importer.items, List.of(), Map.of(), importer.problems);
    }

    private void parse(String text) {
        StringBuilder block = new StringBuilder();
        String pendingId = "";
        int depth = 0;
        for (String line : text.split("\\R", -1)) {
            String trimmed = line.strip();
            if (depth == 0 && trimmed.startsWith("//")) {
                Matcher id = ID.matcher(trimmed);
                if (id.find()) {
                    pendingId = id.group(1).strip();
                }
                continue;
            }
            if (depth == 0 && trimmed.startsWith("$CATEGORY:")) {
                flush(block, pendingId);
                pendingId = "";
                category = trimmed.substring("$CATEGORY:".length()).strip().replaceFirst("^\\$(course|system)\\$/", "");
                continue;
            }
            if (depth == 0 && trimmed.isEmpty()) {
                if (flush(block, pendingId)) {
                    pendingId = "";
                }
                continue;
            }
            block.append(line).append('\n');
            depth = braceDepth(block);
        }
        if (depth != 0) {
            position++;
            problems.add(new ImportProblem(file, pendingId.isEmpty() ? "q" + position : pendingId, "answer block",
                    "an answer block opened with { is never closed with }"));
            return;
        }
        flush(block, pendingId);
    }

    private static int braceDepth(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }

    private boolean flush(StringBuilder block, String pendingId) {
        String question = block.toString().strip();
        block.setLength(0);
        if (question.isEmpty()) {
            return false;
        }
        position++;
        String id = pendingId.isEmpty() ? "q" + position : pendingId;
        try {
            items.add(question(id, question));
        } catch (ContentRefusedException e) {
            problems.add(e.toProblem(file));
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(file, id, "numerical answer", "a number does not parse: " + e.getMessage()));
        }
        return true;
    }

    private Item question(String id, String source) throws ContentRefusedException {
        String text = source;
        String title = "";
        if (text.startsWith("::")) {
            int end = indexOfUnescaped(text, "::", 2);
            if (end < 0) {
                throw new ContentRefusedException(id, "title", "the title opened with :: is never closed");
            }
            title = unescape(text.substring(2, end)).strip();
            text = text.substring(end + 2).stripLeading();
        }
        String format = "moodle";
        Matcher formatTag = Pattern.compile("^\\[(html|moodle|plain|markdown)]").matcher(text);
        if (formatTag.find()) {
            format = formatTag.group(1);
            text = text.substring(formatTag.end());
        }
        int open = indexOfUnescaped(text, "{", 0);
        if (open < 0) {
            String body = html(text, format);
            return MoodleQuestions.manual(id, title.isEmpty() ? id : title, file, category, body, BigDecimal.ZERO,
                    List.of(), false);
        }
        int close = indexOfUnescaped(text, "}", open);
        String answers = text.substring(open + 1, close).strip();
        String after = text.substring(close + 1).strip();
        String before = text.substring(0, open).strip();
        String body = html(before, format) + (after.isEmpty() ? "" : " _____ " + html(after, format));
        if (title.isEmpty()) {
            title = unescape(before.isEmpty() ? after : before);
            title = title.length() > 60 ? title.substring(0, 60) : title;
        }
        BigDecimal mark = BigDecimal.ONE;
        String general = indexOfUnescaped(answers, "####", 0) >= 0
                ? answers.substring(0, indexOfUnescaped(answers, "####", 0)).strip() : answers;
        if (general.isEmpty()) {
            return MoodleQuestions.manual(id, title, file, category, body, mark, List.of(), true);
        }
        if (general.startsWith("#")) {
            return numerical(id, title, body, general.substring(1), mark);
        }
        String head = cutFeedback(general).strip().toUpperCase(Locale.ROOT);
        if (head.matches("T|TRUE|F|FALSE")) {
            boolean truth = head.startsWith("T");
            return MoodleQuestions.choice(id, title, file, category, body,
                    List.of(Choice.of("true", "Верно / True"), Choice.of("false", "Неверно / False")),
                    List.of(truth ? BigDecimal.ONE : BigDecimal.ZERO, truth ? BigDecimal.ZERO : BigDecimal.ONE),
                    false, mark, List.of());
        }
        List<String> parts = splitAnswers(general);
        if (parts.isEmpty()) {
            // A lone answer without a sign is a short answer (GIFT allows it unless it reads TRUE or FALSE).
            parts = List.of("=" + general);
        }
        if (parts.stream().allMatch(p -> p.startsWith("=") && indexOfUnescaped(p, "->", 0) >= 0)) {
            return matching(id, title, body, parts, mark);
        }
        boolean anyWrong = parts.stream().anyMatch(p -> p.startsWith("~"));
        if (!anyWrong) {
            List<Scoring.TextAnswer> patterns = new ArrayList<>();
            for (String p : parts) {
                Weighted w = weighted(p.substring(1), BigDecimal.ONE);
                patterns.add(new Scoring.TextAnswer(unescape(cutFeedback(w.text())).strip(), w.fraction()));
            }
            return MoodleQuestions.shortAnswer(id, title, file, category, body, patterns, false, mark, List.of());
        }
        List<Choice> options = new ArrayList<>();
        List<BigDecimal> fractions = new ArrayList<>();
        long rightCount = parts.stream().filter(p -> p.startsWith("=")).count();
        for (String p : parts) {
            Weighted w = weighted(p.substring(1), p.startsWith("=") ? BigDecimal.ONE : BigDecimal.ZERO);
            options.add(Choice.of("A" + (options.size() + 1), html(cutFeedback(w.text()).strip(), format)));
            fractions.add(w.fraction());
        }
        boolean multiple = rightCount == 0;
        return MoodleQuestions.choice(id, title, file, category, body, options, fractions, multiple, mark, List.of());
    }

    private Item numerical(String id, String title, String body, String spec, BigDecimal mark)
            throws ContentRefusedException {
        String answersSpec = spec.strip();
        List<String> parts = splitAnswers(answersSpec.startsWith("=") || answersSpec.startsWith("~") ? answersSpec
                : "=" + answersSpec);
        List<Scoring.NumericAnswer> answers = new ArrayList<>();
        for (String p : parts) {
            if (p.startsWith("~")) {
                continue;
            }
            Weighted w = weighted(p.substring(1), BigDecimal.ONE);
            String value = cutFeedback(w.text()).strip();
            Matcher range = NUMBER_RANGE.matcher(value);
            if (range.matches()) {
                BigDecimal low = new BigDecimal(range.group(1));
                BigDecimal high = new BigDecimal(range.group(2));
                BigDecimal middle = low.add(high).divide(BigDecimal.TWO, MathContext.DECIMAL64);
                answers.add(new Scoring.NumericAnswer(middle, high.subtract(middle).abs(), false, w.fraction()));
            } else {
                String[] valueAndTolerance = value.split(":");
                answers.add(new Scoring.NumericAnswer(new BigDecimal(valueAndTolerance[0].strip()),
                        valueAndTolerance.length > 1 ? new BigDecimal(valueAndTolerance[1].strip()).abs()
                                : BigDecimal.ZERO, false, w.fraction()));
            }
        }
        if (answers.isEmpty()) {
            throw new ContentRefusedException(id, "numerical answer", "no number is given as an answer");
        }
        return MoodleQuestions.numerical(id, title, file, category, body, answers, mark, List.of());
    }

    private Item matching(String id, String title, String body, List<String> parts, BigDecimal mark) {
        List<Choice> stems = new ArrayList<>();
        List<Choice> answers = new ArrayList<>();
        Map<String, String> answerIds = new LinkedHashMap<>();
        Map<String, String> answerOfStem = new LinkedHashMap<>();
        for (String p : parts) {
            String pair = cutFeedback(p.substring(1));
            int arrow = indexOfUnescaped(pair, "->", 0);
            String stem = unescape(pair.substring(0, arrow)).strip();
            String answer = unescape(pair.substring(arrow + 2)).strip();
            String answerId = answerIds.computeIfAbsent(answer, a -> "M" + (answerIds.size() + 1));
            if (answers.stream().noneMatch(c -> c.id().equals(answerId))) {
                answers.add(Choice.of(answerId, answer));
            }
            if (!stem.isEmpty()) {
                String stemId = "S" + (stems.size() + 1);
                stems.add(Choice.of(stemId, stem));
                answerOfStem.put(stemId, answerId);
            }
        }
        return MoodleQuestions.matching(id, title, file, category, body, stems, answers, answerOfStem, mark, List.of());
    }

    private record Weighted(String text, BigDecimal fraction) {
    }

    private static Weighted weighted(String answer, BigDecimal fallback) {
        String a = answer.stripLeading();
        if (a.startsWith("%")) {
            int end = a.indexOf('%', 1);
            if (end > 0) {
                return new Weighted(a.substring(end + 1), MoodleQuestions.percent(a.substring(1, end)));
            }
        }
        return new Weighted(a, fallback);
    }

    /** Splits an answer block at unescaped {@code =} and {@code ~}, keeping the sign with each answer. */
    private static List<String> splitAnswers(String block) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '\\' && i + 1 < block.length()) {
                current.append(c).append(block.charAt(++i));
            } else if (c == '=' || c == '~') {
                if (!current.toString().isBlank()) {
                    parts.add(current.toString().strip());
                }
                current.setLength(0);
                current.append(c);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        parts.removeIf(p -> !(p.startsWith("=") || p.startsWith("~")));
        return parts;
    }

    /** The answer without its {@code #feedback} and without a leading {@code [html]}-style format tag. */
    private static String cutFeedback(String answer) {
        int hash = indexOfUnescaped(answer, "#", 0);
        String text = hash >= 0 ? answer.substring(0, hash) : answer;
        return text.stripLeading().replaceFirst("^\\[(html|moodle|plain|markdown)]", "");
    }

    private static int indexOfUnescaped(String text, String wanted, int from) {
        for (int i = from; i <= text.length() - wanted.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(wanted, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\([~=#{}:\\\\])", "$1").replace("\\n", "\n");
    }

    private static String html(String text, String format) {
        String plain = unescape(text).strip();
        if (format.equals("html")) {
            return plain;
        }
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>");
    }
}
