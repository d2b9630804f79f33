package org.examroom.launcher;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.examroom.common.Failures;
import org.examroom.common.content.AssessmentTest;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.ImportProblem;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.Item;
import org.examroom.common.content.scoring.ItemScorer;
import org.examroom.common.wire.Jsons;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code examroom content}: test content tools. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = {"Checks test content: QTI 2.1/2.2/3.0 items, tests and packages, Moodle XML, GIFT.",
            "Проверка заданий: QTI, Moodle XML, GIFT."},
        subcommands = {ContentCommand.Check.class, CommandLine.HelpCommand.class})
final class ContentCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code examroom content check FILE…}: imports each file and prints what came of it as one JSON document. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Imports each file and prints one JSON document: items with their maximum score and the"
                    + " score the declared correct answer gets, tests with their totals, and every refusal.",
                "Exit code 0 when every file imported whole, 2 when anything was refused.",
                "Импортирует файлы и печатает отчёт в JSON; код 2, если что-то отклонено."})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Content files (.xml, .zip, .gift, .txt).")
        List<Path> files;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            boolean whole = true;
            JsonArrayBuilder reports = Jsons.createArrayBuilder();
            for (Path file : files) {
                ImportResult result = importSafely(file);
                whole &= result.isWhole();
                reports.add(report(file.toString(), result));
            }
            JsonObject document = Jsons.createObjectBuilder().add("files", reports).build();
            StringWriter text = new StringWriter();
            Jsons.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text).write(document);
            spec.commandLine().getOut().println(text.toString().strip());
            spec.commandLine().getOut().flush();
            return whole ? 0 : 2;
        }

        private static ImportResult importSafely(Path file) {
            if (!Files.exists(file)) {
                return ImportResult.refused(file.toString(), org.examroom.common.content.ContentFormat.UNKNOWN,
                        new ImportProblem(file.toString(), "", "file", "no such file"));
            }
            try {
                return ContentImporter.importFile(file);
            } catch (RuntimeException e) {
                // A bug must still end in a refusal the user can report, not in a stack trace.
                return ImportResult.refused(file.toString(), org.examroom.common.content.ContentFormat.UNKNOWN,
                        new ImportProblem(file.toString(), "", "importer", "could not be imported: "
                                + Failures.rootMessage(e)));
            }
        }

        static JsonObject report(String file, ImportResult result) {
            JsonArrayBuilder items = Jsons.createArrayBuilder();
            for (Item item : result.items()) {
                JsonArrayBuilder types = Jsons.createArrayBuilder();
                item.interactions().stream().map(ContentCommand::typeName).distinct().forEach(types::add);
                JsonObjectBuilder entry = Jsons.createObjectBuilder().add("id", item.id()).add("source", item.source())
                        .add("types", types);
                number(entry, "maxScore", ItemScorer.maxScore(item));
                number(entry, "scoreWhenCorrect", ItemScorer.scoreWhenCorrect(item));
                items.add(entry);
            }
            JsonArrayBuilder tests = Jsons.createArrayBuilder();
            for (AssessmentTest test : result.tests()) {
                JsonObjectBuilder entry = Jsons.createObjectBuilder().add("id", test.id());
                number(entry, "maxTotal", total(test, result, false));
                number(entry, "weightedMaxTotal", total(test, result, true));
                tests.add(entry);
            }
            JsonArrayBuilder errors = Jsons.createArrayBuilder();
            for (ImportProblem problem : result.problems()) {
                errors.add(Jsons.createObjectBuilder().add("item", problem.item()).add("construct", problem.construct())
                        .add("message", problem.message()).add("source", problem.file()));
            }
            return Jsons.createObjectBuilder().add("file", file).add("format", result.format().label())
                    .add("version", result.version()).add("items", items).add("tests", tests).add("errors", errors)
                    .build();
        }

        /**
         * The most a test can give: its items' maxima, as QTI sums them when the test has no outcome processing;
         * weighted when asked. Empty when an item's maximum is unknown.
         */
        private static Optional<BigDecimal> total(AssessmentTest test, ImportResult result, boolean weighted) {
            BigDecimal total = BigDecimal.ZERO;
            for (AssessmentTest.ItemRef ref : test.itemRefs()) {
                Optional<BigDecimal> max = result.items().stream().filter(i -> i.source().equals(ref.href()))
                        .findFirst().flatMap(ItemScorer::maxScore);
                if (max.isEmpty()) {
                    return Optional.empty();
                }
                total = total.add(weighted ? max.get().multiply(ref.weight()) : max.get());
            }
            return Optional.of(total.stripTrailingZeros());
        }

        private static void number(JsonObjectBuilder entry, String name, Optional<BigDecimal> value) {
            if (value.isPresent()) {
                BigDecimal v = value.get().stripTrailingZeros();
                entry.add(name, v.scale() < 0 ? v.setScale(0) : v);
            } else {
                entry.addNull(name);
            }
        }
    }

    static String typeName(Interaction interaction) {
        return interaction.type().qtiName();
    }
}
