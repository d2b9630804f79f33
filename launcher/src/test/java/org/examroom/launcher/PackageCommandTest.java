package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PackageCommandTest {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @BeforeEach
    void contentAndKeys() throws IOException {
        Files.writeString(folder.resolve("bank.gift"), """
                ::Столица::Столица России?{=Москва ~Казань}

                ::Год::Год основания Москвы?{#1147}

                ::Река::Москва стоит на Москве-реке.{T}
                """, StandardCharsets.UTF_8);
        assertThat(run("package", "keygen", "--out", folder.resolve("office").toString())).isZero();
        assertThat(run("package", "keygen", "--out", folder.resolve("stranger").toString())).isZero();
    }

    private String seal() {
        assertThat(run("package", "seal", "--content", folder.resolve("bank.gift").toString(),
                "--out", folder.resolve("math.pkg").toString(), "--signing-key", folder.resolve("office.key").toString(),
                "--exam", "MATH-1", "--title", "Математика", "--variants", "3", "--select", "2", "--seed", "7"))
                .as(err.toString()).isZero();
        Matcher key = Pattern.compile("unseal key:\\s+(\\S+)").matcher(out.toString());
        assertThat(key.find()).isTrue();
        return key.group(1);
    }

    @Test
    void sealsVerifiesWithoutTheKeyAndUnsealsWithIt() {
        String key = seal();
        assertThat(run("package", "verify", folder.resolve("math.pkg").toString(),
                "--trusted-key", folder.resolve("office.pub").toString())).isZero();
        assertThat(out.toString()).contains("signature:   valid", "MATH-1 — Математика", "variants:    1, 2, 3",
                "items:       3", "fingerprint:");
        assertThat(run("package", "unseal", folder.resolve("math.pkg").toString(),
                "--trusted-key", folder.resolve("office.pub").toString(), "--key", key)).isZero();
        assertThat(out.toString()).contains("variant 1:   2 items", "variant 3:   2 items");
    }

    @Test
    void refusesAnUnknownSignerAWrongKeyAndATamperedFileInWords() throws IOException {
        String key = seal();
        Path pkg = folder.resolve("math.pkg");
        assertThat(run("package", "verify", pkg.toString(), "--trusted-key", folder.resolve("stranger.pub").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("not by the trusted central-office key");
        String wrong = key.charAt(0) == '0' ? "1" + key.substring(1) : "0" + key.substring(1);
        assertThat(run("package", "unseal", pkg.toString(), "--trusted-key", folder.resolve("office.pub").toString(),
                "--key", wrong)).isEqualTo(2);
        assertThat(err.toString()).contains("mistyped");
        byte[] bytes = Files.readAllBytes(pkg);
        bytes[bytes.length - 80] ^= 0x10;
        Files.write(pkg, bytes);
        assertThat(run("package", "verify", pkg.toString(), "--trusted-key", folder.resolve("office.pub").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("altered");
    }

    @Test
    void keysAreNeverOverwritten() {
        assertThat(run("package", "keygen", "--out", folder.resolve("office").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("never overwritten");
    }

    @Test
    void readsTheKeyFromAFileAndRefusesMissingFilesWithoutAStackTrace() throws IOException {
        String key = seal();
        Path keyFile = Files.writeString(folder.resolve("scanned.txt"), key + "\n");
        assertThat(run("package", "unseal", folder.resolve("math.pkg").toString(),
                "--trusted-key", folder.resolve("office.pub").toString(), "--key-file", keyFile.toString())).isZero();
        assertThat(run("package", "seal", "--content", folder.resolve("bank.gift").toString(), "--exam", "X",
                "--out", folder.resolve("x.pkg").toString(), "--signing-key", folder.resolve("absent.key").toString()))
                .isEqualTo(2);
        assertThat(run("package", "verify", folder.resolve("absent.pkg").toString(),
                "--trusted-key", folder.resolve("office.pub").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("absent.pkg").doesNotContain("Exception", "\tat ");
    }

    @Test
    void takesVariantsFromTheSectionsOfAQtiTest() throws IOException {
        Path zip = folder.resolve("exam.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> entry : qtiPackage().entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertThat(run("package", "seal", "--content", zip.toString(), "--exam", "Q", "--pools-from-tests",
                "--variants", "2", "--out", folder.resolve("q.pkg").toString(),
                "--signing-key", folder.resolve("office.key").toString())).as(err.toString()).isZero();
        Matcher key = Pattern.compile("unseal key:\\s+(\\S+)").matcher(out.toString());
        assertThat(key.find()).isTrue();
        assertThat(run("package", "unseal", folder.resolve("q.pkg").toString(),
                "--trusted-key", folder.resolve("office.pub").toString(), "--key", key.group(1))).isZero();
        assertThat(out.toString()).contains("variant 1:   2 items", "variant 2:   2 items");
        assertThat(run("package", "seal", "--content", folder.resolve("bank.gift").toString(), "--exam", "Q",
                "--pools-from-tests", "--out", folder.resolve("g.pkg").toString(),
                "--signing-key", folder.resolve("office.key").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("holds no QTI test");
    }

    /** Three one-choice items; the test's only section selects two of them. */
    private static Map<String, String> qtiPackage() {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources>");
        StringBuilder refs = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            entries.put("q" + i + ".xml", """
                    <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="q%d" title="Q" \
                    adaptive="false" timeDependent="false">
                      <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                        <correctResponse><value>A</value></correctResponse></responseDeclaration>
                      <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                      <itemBody><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
                        <simpleChoice identifier="A">да</simpleChoice><simpleChoice identifier="B">нет</simpleChoice>
                      </choiceInteraction></itemBody>
                      <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                    </assessmentItem>""".formatted(i));
            manifest.append("<resource identifier=\"Q%d\" type=\"imsqti_item_xmlv2p1\" href=\"q%d.xml\"/>".formatted(i, i));
            refs.append("<assessmentItemRef identifier=\"r%d\" href=\"q%d.xml\"/>".formatted(i, i));
        }
        manifest.append("<resource identifier=\"T\" type=\"imsqti_test_xmlv2p1\" href=\"test.xml\"/></resources></manifest>");
        entries.put("imsmanifest.xml", manifest.toString());
        entries.put("test.xml", """
                <assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="t" title="T">
                  <testPart identifier="P" navigationMode="linear" submissionMode="individual">
                    <assessmentSection identifier="S" title="S" visible="true">
                      <selection select="2"/><ordering shuffle="true"/>%s
                    </assessmentSection>
                  </testPart>
                </assessmentTest>""".formatted(refs));
        return entries;
    }
}
