package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ContentCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private JsonObject json() {
        return Json.createReader(new StringReader(out.toString())).readObject();
    }

    @Test
    void reportsItemsWithTheirScoresAndExitsZeroWhenEverythingImports() throws IOException {
        Path gift = write("bank.gift", """
                ::Столица::Столица России?{=Москва ~Казань ~Тверь}

                ::Год::Год основания Москвы?{#1147}
                """);
        assertThat(run("content", "check", gift.toString())).isZero();
        JsonObject file = json().getJsonArray("files").getJsonObject(0);
        assertThat(file.getString("format")).isEqualTo("GIFT");
        assertThat(file.getJsonArray("errors")).isEmpty();
        assertThat(file.getJsonArray("items")).hasSize(2);
        JsonObject first = file.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("id")).isEqualTo("q1");
        assertThat(first.getJsonNumber("scoreWhenCorrect").intValue()).isEqualTo(1);
        assertThat(first.getJsonArray("types").getString(0)).isEqualTo("choiceInteraction");
    }

    @Test
    void listsEveryRefusalAndExitsTwoWithoutAStackTrace() throws IOException {
        Path broken = write("broken.xml", "<quiz><question type=\"calculated\"><name><text>x</text></name></question>");
        Path missing = folder.resolve("absent.xml");
        assertThat(run("content", "check", broken.toString(), missing.toString())).isEqualTo(2);
        JsonObject document = json();
        assertThat(document.getJsonArray("files")).hasSize(2);
        JsonObject error = document.getJsonArray("files").getJsonObject(0).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("construct")).isEqualTo("XML");
        assertThat(error.getString("message")).contains("line");
        assertThat(document.getJsonArray("files").getJsonObject(1).getJsonArray("errors").getJsonObject(0)
                .getString("message")).isEqualTo("no such file");
        assertThat(out.toString() + err).doesNotContain("Exception", "\tat ");
    }

    @Test
    void nullScoresWhenNothingIsDeclaredCorrect() throws IOException {
        Path essay = write("essay.gift", "::Эссе::Опишите опыт.{}\n");
        assertThat(run("content", "check", essay.toString())).isZero();
        JsonObject item = json().getJsonArray("files").getJsonObject(0).getJsonArray("items").getJsonObject(0);
        assertThat(item.isNull("scoreWhenCorrect")).isTrue();
        assertThat(item.getJsonNumber("maxScore").intValue()).isEqualTo(1);
    }
}
