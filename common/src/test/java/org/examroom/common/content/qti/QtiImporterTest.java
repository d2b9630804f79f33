package org.examroom.common.content.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examroom.common.content.Fixtures.bytes;
import static org.examroom.common.content.Fixtures.importFixture;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.examroom.common.content.AssessmentTest;
import org.examroom.common.content.ContentFormat;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Fixtures;
import org.examroom.common.content.ImportProblem;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.content.scoring.ItemScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QtiImporterTest {

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="M">
              <resources>
                <resource identifier="Q1" type="imsqti_item_xmlv2p1" href="items/capital.xml"><file href="items/capital.xml"/><file href="items/map.png"/></resource>
                <resource identifier="Q2" type="imsqti_item_xmlv2p2" href="items/primes.xml"><file href="items/primes.xml"/></resource>
                <resource identifier="T" type="imsqti_test_xmlv2p1" href="test.xml"><file href="test.xml"/></resource>
              </resources>
            </manifest>
            """;

    private static final String TEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="entrance" title="Вступительный">
              <testPart identifier="P1" navigationMode="nonlinear" submissionMode="simultaneous">
                <assessmentSection identifier="S1" title="Часть А" visible="true">
                  <selection select="1"/>
                  <ordering shuffle="true"/>
                  <assessmentItemRef identifier="r1" href="items/capital.xml"/>
                  <assessmentItemRef identifier="r2" href="./items/primes.xml"><weight identifier="WEIGHT" value="2.5"/></assessmentItemRef>
                </assessmentSection>
              </testPart>
            </assessmentTest>
            """;

    private static Map<String, byte[]> packageEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", MANIFEST.getBytes(StandardCharsets.UTF_8));
        entries.put("test.xml", TEST.getBytes(StandardCharsets.UTF_8));
        entries.put("items/capital.xml", new String(bytes("qti/choice-single.xml"), StandardCharsets.UTF_8)
                .replace("<p>", "<p>").replace("</choiceInteraction>", "</choiceInteraction><img src=\"map.png\" alt=\"\"/>")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("items/map.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        entries.put("items/primes.xml", bytes("qti/choice-multiple-mapped.xml"));
        return entries;
    }

    @Test
    void readsAChoiceItemWithoutItsFeedbackInTheBody() {
        ImportResult result = importFixture("qti/choice-single.xml");
        assertThat(result.isWhole()).isTrue();
        assertThat(result.version()).isEqualTo("2.1");
        Item item = result.items().getFirst();
        assertThat(item.id()).isEqualTo("capital");
        assertThat(item.interactions()).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(InteractionType.CHOICE);
            assertThat(i.choices()).extracting(c -> c.content()).containsExactly("Москва", "Санкт-Петербург", "Казань");
            assertThat(i.shuffle()).isTrue();
        });
        assertThat(item.body()).contains("Столица России?").doesNotContain("Верно");
    }

    @Test
    void readsQti3KebabCaseElementsAsTheSameModel() {
        ImportResult result = importFixture("qti/qti3-choice.xml");
        assertThat(result.version()).isEqualTo("3.0");
        Item item = result.items().getFirst();
        assertThat(item.interactions()).singleElement().extracting(i -> i.type()).isEqualTo(InteractionType.CHOICE);
        assertThat(ItemScorer.scoreWhenCorrect(item)).contains(BigDecimal.ONE);
        assertThat(ItemScorer.maxScore(item)).contains(BigDecimal.ONE);
    }

    @Test
    void importsAContentPackageWithItsTestWeightsSelectionAndMedia() {
        ImportResult result = ContentImporter.importBytes("exam.zip", Fixtures.zip(packageEntries()), SourceFiles.none());
        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo(ContentFormat.QTI_PACKAGE);
        assertThat(result.items()).extracting(Item::source).containsExactly("items/capital.xml", "items/primes.xml");
        assertThat(result.media()).containsOnlyKeys("items/map.png");
        AssessmentTest test = result.tests().getFirst();
        assertThat(test.itemRefs()).extracting(AssessmentTest.ItemRef::weight)
                .containsExactly(BigDecimal.ONE, new BigDecimal("2.5"));
        AssessmentTest.Section section = test.parts().getFirst().sections().getFirst();
        assertThat(section.select()).contains(1);
        assertThat(section.shuffle()).isTrue();
    }

    @Test
    void aPackageWithoutManifestIsRefused() {
        Map<String, byte[]> entries = packageEntries();
        entries.remove("imsmanifest.xml");
        ImportResult result = ContentImporter.importBytes("exam.zip", Fixtures.zip(entries), SourceFiles.none());
        assertThat(result.problems()).singleElement().extracting(ImportProblem::construct).isEqualTo("imsmanifest.xml");
    }

    @Test
    void aBrokenManifestIsRefusedWithItsPosition() {
        Map<String, byte[]> entries = packageEntries();
        entries.put("imsmanifest.xml", "<manifest><resources>".getBytes(StandardCharsets.UTF_8));
        ImportResult result = ContentImporter.importBytes("exam.zip", Fixtures.zip(entries), SourceFiles.none());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("exam.zip!imsmanifest.xml");
            assertThat(p.message()).contains("line 1");
        });
    }

    @Test
    void missingItemAndMediaFilesAreNamed() {
        Map<String, byte[]> entries = packageEntries();
        entries.remove("items/primes.xml");
        entries.remove("items/map.png");
        ImportResult result = ContentImporter.importBytes("exam.zip", Fixtures.zip(entries), SourceFiles.none());
        assertThat(result.problems()).extracting(ImportProblem::message)
                .anyMatch(m -> m.contains("items/primes.xml"))
                .anyMatch(m -> m.contains("items/map.png is missing"));
    }

    @Test
    void unsupportedInteractionsAndOperatorsAreRefusedByName() {
        assertThat(importFixture("qti/drawing.xml").problems()).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("draw");
            assertThat(p.construct()).isEqualTo("drawingInteraction");
        });
        assertThat(importFixture("qti/custom-operator.xml").problems()).singleElement()
                .extracting(ImportProblem::construct).isEqualTo("customOperator");
    }

    @Test
    void doctypesAndExternalEntitiesAreRefusedWithoutBeingRead() {
        ImportProblem problem = importFixture("qti/xxe.xml").problems().getFirst();
        assertThat(problem.construct()).isEqualTo("XML");
        assertThat(problem.message()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void malformedXmlAndWrongEncodingsAreRefused() {
        assertThat(importFixture("qti/malformed.xml").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("line 3"));
        assertThat(importFixture("qti/wrong-encoding.xml").problems()).singleElement()
                .satisfies(p -> assertThat(p.construct()).isIn("encoding", "XML"));
    }

    @Test
    void aStandardTemplateIsRecognisedByItsUriInEveryVersion() {
        assertThat(QtiTemplates.standardName("http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"))
                .contains("map_response");
        assertThat(QtiTemplates.standardName("https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response_point.xml"))
                .contains("map_response_point");
        assertThat(QtiTemplates.standardName("http://example.com/my_template")).isEmpty();
    }

    @Test
    void aTemplateFileInThePackageIsReadAsCustomProcessing() {
        Map<String, byte[]> entries = packageEntries();
        entries.put("items/primes.xml", new String(bytes("qti/choice-multiple-mapped.xml"), StandardCharsets.UTF_8)
                .replace("http://www.imsglobal.org/question/qti_v2p2/rptemplates/map_response", "rp/half.xml")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("items/rp/half.xml", """
                <responseProcessing xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1">
                  <setOutcomeValue identifier="SCORE"><divide><mapResponse identifier="RESPONSE"/><baseValue baseType="float">2</baseValue></divide></setOutcomeValue>
                </responseProcessing>""".getBytes(StandardCharsets.UTF_8));
        ImportResult result = ContentImporter.importBytes("exam.zip", Fixtures.zip(entries), SourceFiles.none());
        assertThat(result.problems()).isEmpty();
        Item primes = result.items().stream().filter(i -> i.id().equals("primes")).findFirst().orElseThrow();
        assertThat(ItemScorer.scoreWhenCorrect(primes)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1.5"));
    }

    @Test
    void aTestFileOnDiskReadsItsItemsFromBesideItButNeverFromOutsideItsFolder(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("exam"));
        Files.createDirectories(folder.resolve("items"));
        Files.write(folder.resolve("items/capital.xml"), bytes("qti/choice-single.xml"));
        Files.write(root.resolve("secret.xml"), bytes("qti/order.xml"));
        Files.writeString(folder.resolve("test.xml"), TEST.replace("./items/primes.xml", "../secret.xml"));
        ImportResult result = ContentImporter.importFile(folder.resolve("test.xml"));
        assertThat(result.items()).extracting(Item::id).containsExactly("capital");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.construct()).isEqualTo("assessmentItemRef");
            assertThat(p.message()).contains("../secret.xml");
        });
        assertThat(result.tests().getFirst().itemRefs()).hasSize(1);
    }
}
