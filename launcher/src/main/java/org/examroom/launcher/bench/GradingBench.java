package org.examroom.launcher.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.content.scoring.ItemScore;
import org.examroom.common.content.scoring.ItemScorer;
import org.examroom.common.grading.Grade;
import org.examroom.common.grading.ItemResult;
import org.examroom.common.grading.TestGrader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examroom bench grading}: grades attempts of 40 items (single and multiple choice, true/false,
 * short answer, numerical with tolerance, matching) the way the controller does — each item by its own
 * rules, the total scaled to 100 — with about 60% of the answers right, and prints the time.
 */
@Command(name = "grading", mixinStandardHelpOptions = true,
        description = {"Time to grade N attempts of 40 items each (item scoring + scaling to 100 + pass mark).",
            "Время проверки N работ по 40 заданий."})
public final class GradingBench implements Callable<Integer> {

    @Option(names = "--attempts", paramLabel = "N", description = "Attempts to grade (default: ${DEFAULT-VALUE}).")
    int attempts = 10_000;

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds over all attempts (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Item> items = ContentImporter.importBytes("bench.xml", bank(40), SourceFiles.none()).items();
        if (items.size() != 40) {
            throw new IllegalStateException("the benchmark bank imported " + items.size() + " items, not 40");
        }
        List<Map<String, ResponseValue>> right = items.stream().map(ItemScorer::correctResponses).toList();
        SplittableRandom random = new SplittableRandom(20260715);
        List<List<Map<String, ResponseValue>>> answers = new ArrayList<>(attempts);
        for (int a = 0; a < attempts; a++) {
            List<Map<String, ResponseValue>> sheet = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                sheet.add(random.nextDouble() < 0.6 ? right.get(i) : wrong(items.get(i)));
            }
            answers.add(sheet);
        }
        TestGrader grader = new TestGrader(100, 40);
        long checksum = gradeAll(items, answers, grader); // warm-up round, for the JIT
        Timings rounds = new Timings(this.rounds);
        for (int r = 0; r < this.rounds; r++) {
            long start = System.nanoTime();
            checksum += gradeAll(items, answers, grader);
            rounds.add(System.nanoTime() - start);
        }
        double perRound = rounds.percentileMillis(0.5);
        out.println(rounds.summary(String.format(Locale.ROOT, "grade %d attempts x 40 items", attempts)));
        out.printf(Locale.ROOT, "p50: %.0f ms for %d attempts = %.1f µs per attempt, %.0f attempts/s (checksum %d)%n",
                perRound, attempts, perRound * 1000 / attempts, attempts / (perRound / 1000), checksum);
        return 0;
    }

    private static long gradeAll(List<Item> items, List<List<Map<String, ResponseValue>>> answers, TestGrader grader) {
        long points = 0;
        List<ItemResult> results = new ArrayList<>(items.size());
        for (List<Map<String, ResponseValue>> sheet : answers) {
            results.clear();
            for (int i = 0; i < items.size(); i++) {
                ItemScore s = ItemScorer.score(items.get(i), sheet.get(i));
                BigDecimal max = s.maxScore().orElse(BigDecimal.ZERO);
                results.add(new ItemResult(s.itemId(), s.score().min(max), max, BigDecimal.ONE));
            }
            if (grader.grade(AttemptState.SUBMITTED, true, results) instanceof Grade.Scored scored) {
                points += scored.points();
            }
        }
        return points;
    }

    private static Map<String, ResponseValue> wrong(Item item) {
        String id = item.responses().getFirst().identifier();
        return switch (item.responses().getFirst().baseType()) {
            case STRING -> Map.of(id, new ResponseValue.Text("неверно"));
            case FLOAT, INTEGER -> Map.of(id, new ResponseValue.Number(new BigDecimal("-1")));
            default -> Map.of();
        };
    }

    /** A Moodle XML bank of n questions cycling through six types, in Russian. */
    static byte[] bank(int n) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><quiz>");
        for (int i = 0; i < n; i++) {
            String name = "<name><text>Вопрос " + i + "</text></name>";
            switch (i % 6) {
                case 0 -> xml.append("<question type=\"multichoice\">").append(name)
                        .append("<questiontext><text>Сколько будет ").append(i).append(" + 1?</text></questiontext><defaultgrade>1</defaultgrade><single>true</single>")
                        .append("<answer fraction=\"100\"><text>").append(i + 1).append("</text></answer>")
                        .append("<answer fraction=\"0\"><text>").append(i + 2).append("</text></answer><answer fraction=\"0\"><text>0</text></answer></question>");
                case 1 -> xml.append("<question type=\"multichoice\">").append(name)
                        .append("<questiontext><text>Чётные числа?</text></questiontext><defaultgrade>2</defaultgrade><single>false</single>")
                        .append("<answer fraction=\"50\"><text>2</text></answer><answer fraction=\"50\"><text>4</text></answer>")
                        .append("<answer fraction=\"-50\"><text>3</text></answer></question>");
                case 2 -> xml.append("<question type=\"truefalse\">").append(name)
                        .append("<questiontext><text>Волга впадает в Каспийское море.</text></questiontext><defaultgrade>1</defaultgrade>")
                        .append("<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question>");
                case 3 -> xml.append("<question type=\"shortanswer\">").append(name)
                        .append("<questiontext><text>Столица России?</text></questiontext><defaultgrade>1</defaultgrade><usecase>0</usecase>")
                        .append("<answer fraction=\"100\"><text>Москва</text></answer><answer fraction=\"50\"><text>Моск*</text></answer></question>");
                case 4 -> xml.append("<question type=\"numerical\">").append(name)
                        .append("<questiontext><text>Число π до сотых?</text></questiontext><defaultgrade>2</defaultgrade>")
                        .append("<answer fraction=\"100\"><text>3.14</text><tolerance>0.005</tolerance></answer>")
                        .append("<answer fraction=\"50\"><text>3</text><tolerance>0.2</tolerance></answer></question>");
                default -> xml.append("<question type=\"matching\">").append(name)
                        .append("<questiontext><text>Сопоставьте.</text></questiontext><defaultgrade>3</defaultgrade>")
                        .append("<subquestion><text>Fe</text><answer><text>железо</text></answer></subquestion>")
                        .append("<subquestion><text>Cu</text><answer><text>медь</text></answer></subquestion>")
                        .append("<subquestion><text>Ag</text><answer><text>серебро</text></answer></subquestion></question>");
            }
        }
        return xml.append("</quiz>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
