package org.examroom.launcher.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.SourceFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examroom bench content-import}: imports a generated bank of N items (a QTI content package with a test, and a
 * Moodle XML file) several times and prints how long one import takes. The target is under 2 s for 1,000 items.
 */
@Command(name = "content-import", mixinStandardHelpOptions = true,
        description = {"Times importing a generated 1,000-item bank (QTI package and Moodle XML).",
            "Скорость импорта банка из 1000 заданий."})
public final class ContentImportBench implements Callable<Integer> {

    @Option(names = "--items", paramLabel = "N", description = "Items in the bank (default: 1000).")
    int items = 1000;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs after 3 warm-up runs (default: 10).")
    int runs = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        byte[] qti = qtiPackage(items);
        byte[] moodle = moodleXml(items);
        out.printf(Locale.ROOT, "content-import: %d items; QTI package %d KB, Moodle XML %d KB; %d cores%n", items,
                qti.length / 1024, moodle.length / 1024, Runtime.getRuntime().availableProcessors());
        // The first import in a fresh JVM is what a user waits for: report it on its own.
        long coldStart = System.nanoTime();
        ImportResult cold = ContentImporter.importBytes("bank.zip", qti, SourceFiles.none());
        long coldNanos = System.nanoTime() - coldStart;
        if (!cold.isWhole() || cold.items().size() != items) {
            out.println("content-import: the generated bank did not import whole: " + cold.problems());
            return 1;
        }
        out.printf(Locale.ROOT, "content-import qti first run (cold JVM): %.1f ms%n", coldNanos / 1e6);
        time(out, "content-import qti package", qti, "bank.zip");
        time(out, "content-import moodle xml", moodle, "bank.xml");
        return 0;
    }

    private void time(PrintWriter out, String name, byte[] content, String file) {
        for (int i = 0; i < 3; i++) {
            ContentImporter.importBytes(file, content, SourceFiles.none());
        }
        Timings timings = new Timings(runs);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ImportResult result = ContentImporter.importBytes(file, content, SourceFiles.none());
            timings.add(System.nanoTime() - start);
            if (result.items().size() != items) {
                throw new IllegalStateException(name + " imported " + result.items().size() + " items");
            }
        }
        out.println(timings.summary(name));
    }

    static byte[] qtiPackage(int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns="
                + "\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"BANK\"><resources>\n");
        StringBuilder test = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentTest xmlns="
                + "\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"bank\" title=\"Банк\"><testPart "
                + "identifier=\"P\" navigationMode=\"nonlinear\" submissionMode=\"simultaneous\"><assessmentSection "
                + "identifier=\"S\" title=\"S\" visible=\"true\">\n");
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 1; i <= count; i++) {
                String path = "items/q" + i + ".xml";
                zip.putNextEntry(new ZipEntry(path));
                zip.write(item(i).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                manifest.append("<resource identifier=\"Q").append(i).append("\" type=\"imsqti_item_xmlv2p1\" href=\"")
                        .append(path).append("\"><file href=\"").append(path).append("\"/></resource>\n");
                test.append("<assessmentItemRef identifier=\"r").append(i).append("\" href=\"").append(path)
                        .append("\"/>\n");
            }
            manifest.append("<resource identifier=\"T\" type=\"imsqti_test_xmlv2p1\" href=\"test.xml\"><file "
                    + "href=\"test.xml\"/></resource></resources></manifest>\n");
            test.append("</assessmentSection></testPart></assessmentTest>\n");
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("test.xml"));
            zip.write(test.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Three kinds in turn: single choice, mapped multiple choice, text entry. */
    private static String item(int i) {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/"
                + "imsqti_v2p1\" identifier=\"q" + i + "\" title=\"Вопрос " + i + "\" adaptive=\"false\" "
                + "timeDependent=\"false\">\n";
        return head + switch (i % 3) {
            case 0 -> "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">"
                    + "<correctResponse><value>B</value></correctResponse></responseDeclaration>"
                    + "<outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"/>"
                    + "<itemBody><p>Сколько будет " + i + " + 1?</p><choiceInteraction responseIdentifier=\"RESPONSE\" "
                    + "maxChoices=\"1\" shuffle=\"true\"><simpleChoice identifier=\"A\">" + i + "</simpleChoice>"
                    + "<simpleChoice identifier=\"B\">" + (i + 1) + "</simpleChoice><simpleChoice identifier=\"C\">"
                    + (i + 2) + "</simpleChoice></choiceInteraction></itemBody><responseProcessing template=\"http://"
                    + "www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct\"/></assessmentItem>";
            case 1 -> "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"multiple\" baseType=\"identifier\">"
                    + "<correctResponse><value>A</value><value>C</value></correctResponse><mapping lowerBound=\"0\" "
                    + "defaultValue=\"0\"><mapEntry mapKey=\"A\" mappedValue=\"1\"/><mapEntry mapKey=\"C\" "
                    + "mappedValue=\"1\"/><mapEntry mapKey=\"B\" mappedValue=\"-1\"/></mapping></responseDeclaration>"
                    + "<outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"/>"
                    + "<itemBody><choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"0\"><prompt>Чётные?"
                    + "</prompt><simpleChoice identifier=\"A\">2</simpleChoice><simpleChoice identifier=\"B\">3"
                    + "</simpleChoice><simpleChoice identifier=\"C\">4</simpleChoice></choiceInteraction></itemBody>"
                    + "<responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/"
                    + "map_response\"/></assessmentItem>";
            default -> "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\">"
                    + "<correctResponse><value>Москва</value></correctResponse></responseDeclaration>"
                    + "<outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"/>"
                    + "<itemBody><p>Столица России: <textEntryInteraction responseIdentifier=\"RESPONSE\"/></p>"
                    + "</itemBody><responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/"
                    + "rptemplates/match_correct\"/></assessmentItem>";
        };
    }

    static byte[] moodleXml(int count) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n<question type="
                + "\"category\"><category><text>$course$/Банк</text></category></question>\n");
        for (int i = 1; i <= count; i++) {
            xml.append("<question type=\"multichoice\"><name><text>Вопрос ").append(i).append("</text></name>")
                    .append("<questiontext format=\"html\"><text><![CDATA[<p>Сколько будет ").append(i)
                    .append(" + 1?</p>]]></text></questiontext><defaultgrade>1</defaultgrade><single>true</single>")
                    .append("<answer fraction=\"100\"><text>").append(i + 1).append("</text></answer>")
                    .append("<answer fraction=\"0\"><text>").append(i).append("</text></answer></question>\n");
        }
        return xml.append("</quiz>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
