package org.examroom.common.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.examroom.common.content.scoring.ItemScorer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports every file of the shared test content (written elsewhere, by TAO, Moodle and others) and checks the scores
 * against the answer keys its curators computed.
 */
class SharedContentTest {

    private static Path content;
    private static final Map<String, ImportResult> results = new HashMap<>();

    @BeforeAll
    static void importAll() throws IOException {
        content = Path.of(System.getProperty("examroom.shared", "../../shared"), "content");
        Assumptions.assumeTrue(Files.isDirectory(content), content + ": ../shared/content is missing: skipped");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = content.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("qti/") || relative.startsWith("moodle/")) {
                    results.put(relative, ContentImporter.importFile(file));
                }
            }
        }
    }

    private static List<Map<String, String>> csv(String name) throws IOException {
        List<String> lines = Files.readAllLines(content.resolve(name), StandardCharsets.UTF_8);
        String[] header = lines.getFirst().split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void everyFileImportsOrIsRefusedWithAReason() {
        assertThat(results).isNotEmpty();
        results.forEach((file, result) -> {
            result.problems().forEach(p -> assertThat(p.construct()).as(file + ": " + p).isNotBlank());
            result.problems().forEach(p -> assertThat(p.message()).as(file + ": " + p).isNotBlank());
        });
    }

    /**
     * Rows computed from a standard template must match exactly. Rows the curators estimated for custom processing
     * ("heuristic-customRP") must match too, except set_outcome_values_with_sum.xml: its processing sets score-X to
     * maxscore-X (default 1) when the response matches and SCORE to their sum, so QTI gives 1, not the 0 estimated.
     */
    @Test
    void theScoreOfTheCorrectAnswerIsTheOneInTheAnswerKeys() throws IOException {
        int checked = 0;
        List<String> disagreements = new ArrayList<>();
        for (Map<String, String> row : csv("ANSWER_KEYS.csv")) {
            String expected = row.get("score_if_correct");
            if (expected.isEmpty()) {
                continue;
            }
            ImportResult result = results.get(row.get("file"));
            assertThat(result).as(row.get("file")).isNotNull();
            String entry = row.get("zip_entry");
            Optional<Item> item = result.items().stream()
                    .filter(i -> entry.isEmpty() || i.source().equals(entry)).findFirst();
            assertThat(item).as(row.get("file") + " " + entry + " was refused: " + result.problems()).isPresent();
            Optional<BigDecimal> score = ItemScorer.scoreWhenCorrect(item.get());
            assertThat(score).as(row.get("file") + " " + entry).isPresent();
            if (score.get().compareTo(new BigDecimal(expected)) != 0) {
                assertThat(row.get("score_method")).as(row.get("file") + " scored " + score.get())
                        .isEqualTo("heuristic-customRP");
                disagreements.add(row.get("file"));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(disagreements).containsExactly("qti/qti-sdk/custom-items/set_outcome_values_with_sum.xml");
    }

    @Test
    void moodleBanksKeyTheQuestionsTheAnswerKeysCount() throws IOException {
        for (Map<String, String> row : csv("ANSWER_KEYS.csv")) {
            if (!row.get("format").equals("MoodleXML")) {
                continue;
            }
            ImportResult result = results.get(row.get("file"));
            if (!result.isWhole()) {
                continue;
            }
            List<BigDecimal> keyed = result.items().stream().map(ItemScorer::scoreWhenCorrect)
                    .flatMap(Optional::stream).filter(s -> s.signum() > 0).toList();
            assertThat(result.items()).as(row.get("file")).hasSize(Integer.parseInt(row.get("questions")));
            assertThat(keyed).as(row.get("file")).hasSize(Integer.parseInt(row.get("keyed_questions")));
            assertThat(keyed.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(row.get("file"))
                    .isEqualByComparingTo(row.get("sum_defaultgrade_keyed"));
        }
    }

    @Test
    void giftFilesImportWhole() throws IOException {
        for (Map<String, String> row : csv("ANSWER_KEYS.csv")) {
            if (row.get("format").equals("GIFT")) {
                ImportResult result = results.get(row.get("file"));
                assertThat(result.isWhole()).as(row.get("file") + " " + result.problems()).isTrue();
            }
        }
    }

    @Test
    void testTotalsMatch() throws IOException {
        for (Map<String, String> row : csv("TEST_TOTALS.csv")) {
            ImportResult result = results.get(row.get("file"));
            AssessmentTest test = result.tests().stream().filter(t -> t.source().equals(row.get("zip_entry")))
                    .findFirst().orElseThrow(() -> new AssertionError(row.get("file") + " " + result.problems()));
            assertThat(test.itemRefs()).hasSize(Integer.parseInt(row.get("item_refs")));
            BigDecimal total = test.itemRefs().stream()
                    .map(ref -> result.items().stream().filter(i -> i.source().equals(ref.href())).findFirst()
                            .flatMap(ItemScorer::maxScore).orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).as(row.get("file")).isEqualByComparingTo(row.get("total_if_all_correct_unweighted"));
        }
    }

    @Test
    void summary() {
        long whole = results.values().stream().filter(ImportResult::isWhole).count();
        System.getLogger(SharedContentTest.class.getName()).log(System.Logger.Level.INFO,
                "shared content: " + results.size() + " files, " + whole + " whole");
        results.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().problems()
                .forEach(p -> System.getLogger(SharedContentTest.class.getName()).log(System.Logger.Level.DEBUG,
                        "refused " + e.getKey() + ": " + p)));
        assertThat(whole).isPositive();
    }
}
