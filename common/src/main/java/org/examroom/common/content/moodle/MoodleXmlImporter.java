package org.examroom.common.content.moodle;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examroom.common.content.BaseType;
import org.examroom.common.content.Cardinality;
import org.examroom.common.content.Choice;
import org.examroom.common.content.ContentFormat;
import org.examroom.common.content.ContentRefusedException;
import org.examroom.common.content.ImportProblem;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseDeclaration;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.Scoring;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Imports a Moodle XML question bank. Each question keeps Moodle's grading; categories become each item's category;
 * files embedded as base64 and referred to by {@code @@PLUGINFILE@@} become media of the item. Question types that
 * draw random questions or compute values at attempt time are refused.
 */
public final class MoodleXmlImporter {

    private static final Pattern PLUGINFILE = Pattern.compile("@@PLUGINFILE@@/([^\"'\\s<>?#]+)");
    private static final Pattern GAPSELECT_GAP = Pattern.compile("\\[\\[(\\d+)]]");

    private final String file;
    private final List<Item> items = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private String category = "";
    private int position;

    private MoodleXmlImporter(String file) {
        this.file = file;
    }

    public static ImportResult importDocument(String file, Element quiz) {
        MoodleXmlImporter importer = new MoodleXmlImporter(file);
        for (Element question : children(quiz, "question")) {
            importer.question(question);
        }
        if (importer.items.isEmpty() && importer.problems.isEmpty() && children(quiz, "question").isEmpty()) {
            importer.problems.add(new ImportProblem(file, "", "quiz", "the file holds no question"));
        }
        return new ImportResult(file, ContentFormat.MOODLE_XML, "", importer.items, List.of(), importer.media,
                importer.problems);
    }

    private void question(Element q) {
        String type = q.getAttribute("type");
        if (type.equals("category")) {
            category = text(child(q, "category")).strip().replaceFirst("^\\$(course|system|module|cat\\d*)\\$/", "");
            return;
        }
        position++;
        String title = text(child(q, "name")).strip();
        String idnumber = text(q, "idnumber").strip();
        String id = !idnumber.isEmpty() && ids.add(idnumber) ? idnumber : "q" + position;
        ids.add(id);
        try {
            items.add(read(q, type, id, title));
        } catch (ContentRefusedException e) {
            problems.add(e.toProblem(file));
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(file, id, type, "a number in the question does not parse: "
                    + e.getMessage()));
        }
    }

    private Item read(Element q, String type, String id, String title) throws ContentRefusedException {
        List<String> itemMedia = new ArrayList<>();
        String body = html(child(q, "questiontext"), id, itemMedia);
        BigDecimal mark = new BigDecimal(text(q, "defaultgrade").isBlank() ? "1" : text(q, "defaultgrade").strip());
        String source = file;
        return switch (type) {
            case "multichoice" -> {
                List<Element> answers = children(q, "answer");
                List<Choice> options = new ArrayList<>();
                List<BigDecimal> fractions = new ArrayList<>();
                for (int i = 0; i < answers.size(); i++) {
                    options.add(Choice.of("A" + (i + 1), html(answers.get(i), id, itemMedia)));
                    fractions.add(MoodleQuestions.percent(answers.get(i).getAttribute("fraction")));
                }
                boolean single = !text(q, "single").strip().toLowerCase(Locale.ROOT).matches("false|0");
                yield MoodleQuestions.choice(id, title, source, category, body, options, fractions, !single, mark,
                        itemMedia);
            }
            case "truefalse" -> {
                List<Choice> options = new ArrayList<>();
                List<BigDecimal> fractions = new ArrayList<>();
                for (Element answer : children(q, "answer")) {
                    String value = text(child(answer, "text")).strip().toLowerCase(Locale.ROOT);
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new ContentRefusedException(id, "truefalse answer", "'" + value
                                + "' is neither true nor false");
                    }
                    options.add(Choice.of(value, value.equals("true") ? "Верно / True" : "Неверно / False"));
                    fractions.add(MoodleQuestions.percent(answer.getAttribute("fraction")));
                }
                yield MoodleQuestions.choice(id, title, source, category, body, options, fractions, false, mark,
                        itemMedia);
            }
            case "shortanswer" -> {
                List<Scoring.TextAnswer> answers = new ArrayList<>();
                for (Element answer : children(q, "answer")) {
                    answers.add(new Scoring.TextAnswer(text(child(answer, "text")).strip(),
                            MoodleQuestions.percent(answer.getAttribute("fraction"))));
                }
                boolean caseSensitive = text(q, "usecase").strip().equals("1");
                yield MoodleQuestions.shortAnswer(id, title, source, category, body, answers, caseSensitive, mark,
                        itemMedia);
            }
            case "numerical" -> {
                List<Scoring.NumericAnswer> answers = new ArrayList<>();
                for (Element answer : children(q, "answer")) {
                    String value = text(child(answer, "text")).strip();
                    BigDecimal fraction = MoodleQuestions.percent(answer.getAttribute("fraction"));
                    String tolerance = text(answer, "tolerance").strip();
                    BigDecimal tol = tolerance.isEmpty() ? BigDecimal.ZERO : new BigDecimal(tolerance).abs();
                    answers.add(value.equals("*") ? new Scoring.NumericAnswer(BigDecimal.ZERO, BigDecimal.ZERO, true,
                            fraction) : new Scoring.NumericAnswer(new BigDecimal(value.replace(',', '.')), tol, false,
                            fraction));
                }
                yield MoodleQuestions.numerical(id, title, source, category, body, answers, mark, itemMedia);
            }
            case "matching" -> {
                List<Choice> stems = new ArrayList<>();
                List<Choice> answers = new ArrayList<>();
                Map<String, String> answerIds = new LinkedHashMap<>();
                Map<String, String> answerOfStem = new LinkedHashMap<>();
                int s = 0;
                for (Element sub : children(q, "subquestion")) {
                    String stem = html(sub, id, itemMedia).strip();
                    String answer = text(child(child(sub, "answer"), "text")).strip();
                    String answerId = answerIds.computeIfAbsent(answer, a -> "M" + (answerIds.size() + 1));
                    if (answers.stream().noneMatch(c -> c.id().equals(answerId))) {
                        answers.add(Choice.of(answerId, answer));
                    }
                    if (!stem.isEmpty()) {
                        String stemId = "S" + (++s);
                        stems.add(Choice.of(stemId, stem));
                        answerOfStem.put(stemId, answerId);
                    }
                }
                yield MoodleQuestions.matching(id, title, source, category, body, stems, answers, answerOfStem, mark,
                        itemMedia);
            }
            case "essay" -> MoodleQuestions.manual(id, title, source, category, body, mark, itemMedia, true);
            case "description" -> MoodleQuestions.manual(id, title, source, category, body, BigDecimal.ZERO,
                    itemMedia, false);
            case "multianswer" -> Cloze.parse(id, title, source, category, body, mark, itemMedia);
            case "gapselect", "ddwtos" -> gaps(q, type, id, title, body, mark, itemMedia);
            case "ordering" -> ordering(q, id, title, body, mark, itemMedia);
            case "oumultiresponse" -> {
                List<Choice> options = new ArrayList<>();
                LinkedHashSet<String> right = new LinkedHashSet<>();
                List<Element> answers = children(q, "answer");
                for (int i = 0; i < answers.size(); i++) {
                    String optionId = "A" + (i + 1);
                    options.add(Choice.of(optionId, html(answers.get(i), id, itemMedia)));
                    if (new BigDecimal(answers.get(i).getAttribute("fraction").strip()).signum() > 0) {
                        right.add(optionId);
                    }
                }
                Interaction interaction = new Interaction(InteractionType.CHOICE, MoodleQuestions.RESPONSE, "",
                        options, List.of(), 0, 0, false);
                ResponseDeclaration declaration = new ResponseDeclaration(MoodleQuestions.RESPONSE,
                        Cardinality.MULTIPLE, BaseType.IDENTIFIER, right.isEmpty() ? Optional.empty()
                        : Optional.of(new ResponseValue.IdentifierSet(right)), Optional.empty(), Optional.empty());
                yield MoodleQuestions.item(id, title, source, category, body, List.of(interaction),
                        List.of(declaration), new Scoring.RightChoices(MoodleQuestions.RESPONSE, right, mark), mark,
                        itemMedia);
            }
            case "random", "randomsamatch" -> throw new ContentRefusedException(id, type,
                    "draws questions at random from a category when the attempt starts; build variants from pools"
                            + " instead");
            case "calculated", "calculatedsimple", "calculatedmulti" -> throw new ContentRefusedException(id, type,
                    "computes its values from formulas when the attempt starts; export the generated questions instead");
            default -> throw new ContentRefusedException(id, type, "this question type is not supported");
        };
    }

    private Item gaps(Element q, String type, String id, String title, String body, BigDecimal mark,
                      List<String> itemMedia) throws ContentRefusedException {
        List<Element> options = children(q, type.equals("ddwtos") ? "dragbox" : "selectoption");
        List<Choice> authored = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            authored.add(Choice.of(String.valueOf(i + 1), text(child(options.get(i), "text")).strip()));
        }
        // [[n]] names the n-th option as the gap's answer: the identifiers the terminal sees must not say n.
        Map<String, Choice> scrambled = MoodleQuestions.scramble(id, authored, "O");
        List<Choice> choices = List.copyOf(scrambled.values());
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            groupOf.put(scrambled.get(String.valueOf(i + 1)).id(), text(options.get(i), "group").strip());
        }
        Matcher m = GAPSELECT_GAP.matcher(body);
        StringBuilder out = new StringBuilder();
        List<Interaction> interactions = new ArrayList<>();
        List<ResponseDeclaration> responses = new ArrayList<>();
        Map<String, String> optionOfGap = new LinkedHashMap<>();
        int gap = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > choices.size()) {
                throw new ContentRefusedException(id, type + " [[" + n + "]]", "the gap names option " + n
                        + ", but there are " + choices.size());
            }
            String responseId = "GAP_" + (++gap);
            String correct = scrambled.get(String.valueOf(n)).id();
            String group = groupOf.get(correct);
            List<Choice> offered = choices.stream().filter(c -> groupOf.get(c.id()).equals(group)).toList();
            interactions.add(new Interaction(InteractionType.INLINE_CHOICE, responseId, "", offered, List.of(), 0, 1,
                    true));
            responses.add(ResponseDeclaration.of(responseId, Cardinality.SINGLE, BaseType.IDENTIFIER,
                    new ResponseValue.Identifier(correct)));
            optionOfGap.put(responseId, correct);
            m.appendReplacement(out, Matcher.quoteReplacement("<span data-gap=\"" + responseId + "\"></span>"));
        }
        m.appendTail(out);
        if (gap == 0) {
            throw new ContentRefusedException(id, type, "the text holds no [[n]] gap");
        }
        return MoodleQuestions.item(id, title, file, category, out.toString(), interactions, responses,
                new Scoring.Gaps(optionOfGap, mark), mark, itemMedia);
    }

    private Item ordering(Element q, String id, String title, String body, BigDecimal mark, List<String> itemMedia)
            throws ContentRefusedException {
        String gradingName = text(q, "gradingtype").strip().toUpperCase(Locale.ROOT);
        Scoring.OrderingGrading grading;
        try {
            grading = gradingName.isEmpty() ? Scoring.OrderingGrading.ALL_OR_NOTHING
                    : Scoring.OrderingGrading.valueOf(gradingName);
        } catch (IllegalArgumentException e) {
            throw new ContentRefusedException(id, "ordering gradingtype " + gradingName,
                    "this ordering grading type is not known");
        }
        List<Element> answers = new ArrayList<>(children(q, "answer"));
        String count = text(q, "selectcount").strip();
        if (!count.isEmpty() && !count.equals("0") && Integer.parseInt(count) < answers.size()) {
            throw new ContentRefusedException(id, "ordering selectcount", "ordering a random subset of the items"
                    + " is not supported");
        }
        answers.sort(Comparator.comparing(a -> new BigDecimal(a.getAttribute("fraction").strip())));
        List<Choice> authored = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            authored.add(Choice.of(String.valueOf(i + 1), html(answers.get(i), id, itemMedia)));
        }
        Map<String, Choice> scrambled = MoodleQuestions.scramble(id, authored, "P");
        List<Choice> choices = List.copyOf(scrambled.values());
        List<String> order = authored.stream().map(c -> scrambled.get(c.id()).id()).toList();
        Interaction interaction = new Interaction(InteractionType.ORDER, MoodleQuestions.RESPONSE, "", choices,
                List.of(), 0, 0, true);
        ResponseDeclaration declaration = ResponseDeclaration.of(MoodleQuestions.RESPONSE, Cardinality.ORDERED,
                BaseType.IDENTIFIER, new ResponseValue.OrderedIdentifiers(order));
        return MoodleQuestions.item(id, title, file, category, body, List.of(interaction), List.of(declaration),
                new Scoring.Ordering(MoodleQuestions.RESPONSE, order, grading, mark),
                mark, itemMedia);
    }

    /** The text of a Moodle text element as HTML, with its embedded files taken out as media of the item. */
    private String html(Element holder, String itemId, List<String> itemMedia) throws ContentRefusedException {
        if (holder == null) {
            return "";
        }
        String format = holder.getAttribute("format");
        String content = text(child(holder, "text"));
        if (!format.isEmpty() && !format.equals("html")) {
            content = escape(content).replace("\n", "<br/>");
        }
        Map<String, byte[]> embedded = new LinkedHashMap<>();
        for (Element f : children(holder, "file")) {
            if (!f.getAttribute("encoding").isEmpty() && !f.getAttribute("encoding").equals("base64")) {
                throw new ContentRefusedException(itemId, "file encoding " + f.getAttribute("encoding"),
                        "embedded files must be base64");
            }
            try {
                embedded.put(f.getAttribute("name"), Base64.getMimeDecoder().decode(text(f).strip()));
            } catch (IllegalArgumentException e) {
                throw new ContentRefusedException(itemId, "file " + f.getAttribute("name"),
                        "the embedded file is not valid base64");
            }
        }
        Matcher m = PLUGINFILE.matcher(content);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
            byte[] bytes = embedded.get(name);
            if (bytes == null) {
                throw new ContentRefusedException(itemId, "@@PLUGINFILE@@/" + name,
                        "the text refers to a file that is not embedded in the question");
            }
            String path = "media/" + itemId + "/" + name;
            media.put(path, bytes);
            if (!itemMedia.contains(path)) {
                itemMedia.add(path);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(path));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent();
    }

    private static String text(Element parent, String name) {
        return text(child(parent, name));
    }
}
