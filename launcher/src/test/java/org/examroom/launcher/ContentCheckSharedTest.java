package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs {@code examroom content check} over the shared test content (written elsewhere) and holds its JSON against the
 * curators' answer keys and test totals.
 */
class ContentCheckSharedTest {

    private static Path content;
    private static final Map<String, JsonObject> reports = new HashMap<>();
    private static int exitCode;

    @BeforeAll
    static void checkEverything() throws IOException {
        content = Path.of(System.getProperty("examroom.shared", "../../shared"), "content");
        Assumptions.assumeTrue(Files.isDirectory(content), content + ": ../shared/content is missing: skipped");
        List<String> args = new ArrayList<>(List.of("content", "check"));
        try (Stream<Path> files = Files.walk(content)) {
            files.filter(Files::isRegularFile).map(content::relativize).map(Path::toString)
                    .filter(f -> f.startsWith("qti") || f.startsWith("moodle")).sorted()
                    .forEach(f -> args.add(content.resolve(f).toString()));
        }
        StringWriter out = new StringWriter();
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        exitCode = cli.execute(args.toArray(String[]::new));
        for (JsonValue file : Json.createReader(new StringReader(out.toString())).readObject().getJsonArray("files")) {
            JsonObject report = file.asJsonObject();
            reports.put(content.relativize(Path.of(report.getString("file"))).toString().replace('\\', '/'), report);
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
    void everyFileIsReportedAndRefusalsGiveExitCodeTwo() {
        assertThat(reports).hasSizeGreaterThan(150);
        assertThat(exitCode).isEqualTo(2);
        reports.forEach((file, report) -> report.getJsonArray("errors").forEach(e -> {
            assertThat(e.asJsonObject().getString("construct")).as(file).isNotBlank();
            assertThat(e.asJsonObject().getString("message")).as(file).isNotBlank();
        }));
    }

    @Test
    void reportsTheScoreOfEveryKeyedTemplateItem() throws IOException {
        int checked = 0;
        for (Map<String, String> row : csv("ANSWER_KEYS.csv")) {
            if (row.get("score_if_correct").isEmpty() || !row.get("score_method").equals("template")) {
                continue;
            }
            JsonObject report = reports.get(row.get("file"));
            JsonObject item = report.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(i -> row.get("zip_entry").isEmpty() || i.getString("source").equals(row.get("zip_entry")))
                    .findFirst().orElseThrow(() -> new AssertionError(row.get("file") + " " + report));
            assertThat(item.getJsonNumber("scoreWhenCorrect").bigDecimalValue()).as(row.get("file"))
                    .isEqualByComparingTo(new BigDecimal(row.get("score_if_correct")));
            checked++;
        }
        assertThat(checked).as("rows checked").isGreaterThan(40);
    }

    @Test
    void reportsTheTestTotals() throws IOException {
        for (Map<String, String> row : csv("TEST_TOTALS.csv")) {
            JsonObject test = reports.get(row.get("file")).getJsonArray("tests").getJsonObject(0);
            assertThat(test.getJsonNumber("maxTotal").bigDecimalValue()).as(row.get("file"))
                    .isEqualByComparingTo(new BigDecimal(row.get("total_if_all_correct_unweighted")));
        }
    }
}
