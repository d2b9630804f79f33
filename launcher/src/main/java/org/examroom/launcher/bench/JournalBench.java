package org.examroom.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.examroom.common.wire.Jsons;
import org.examroom.terminal.journal.AnswerJournal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examroom bench journal}: how long an answer takes from the terminal's hand to its journal on disk (written
 * and forced), the wait the applicant would feel before the screen moves on. The goal is under 5 ms.
 */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = {"Times one answer into the terminal's journal, forced to disk (goal < 5 ms).",
            "Время записи ответа в журнал терминала с fsync."})
public final class JournalBench implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder on the disk to measure (default: a temporary folder).")
    Path dir;

    @Option(names = "--answers", paramLabel = "N", description = "Timed answers after 50 warm-up answers (default: 1000).")
    int answers = 1000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = dir != null ? dir : Files.createTempDirectory("journal-bench");
        Path file = folder.resolve("bench-journal.jsonl");
        Files.deleteIfExists(file);
        try (AnswerJournal journal = AnswerJournal.open(file, Clock.systemUTC())) {
            for (int i = 0; i < 50; i++) {
                journal.answer("q" + (i % 40), answer(i));
            }
            Timings timings = new Timings(answers);
            for (int i = 0; i < answers; i++) {
                var response = answer(i);
                long start = System.nanoTime();
                journal.answer("q" + (i % 40), response);
                timings.add(System.nanoTime() - start);
            }
            out.printf(Locale.ROOT, "journal: %s, %d cores%n", folder, Runtime.getRuntime().availableProcessors());
            out.println(timings.summary("journal answer written and forced"));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return 0;
    }

    private static jakarta.json.JsonObject answer(int i) {
        return Jsons.createObjectBuilder().add("RESPONSE", Jsons.createObjectBuilder().add("kind", "TEXT")
                .add("text", "Ответ номер " + i + ", в котором есть несколько слов")).build();
    }
}
