package org.examroom.common.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Fixtures;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PublicItemJsonTest {

    private static Item.PublicItem viaText(Item.PublicItem item) {
        String text = PublicItemJson.toJson(item).toString();
        return PublicItemJson.fromJson(Json.createReader(new StringReader(text)).readObject());
    }

    @Test
    void theProjectsFixturesSurviveTheWire() {
        List<String> fixtures = List.of("qti/choice-single.xml", "qti/choice-multiple-mapped.xml", "qti/order.xml",
                "qti/essay.xml", "qti/text-entry.xml", "qti/match-associate-gap.xml", "qti/qti3-choice.xml",
                "moodle/bank.xml", "moodle/ordering.xml", "gift/bank.gift");
        Set<InteractionType> seen = EnumSet.noneOf(InteractionType.class);
        int items = 0;
        for (String fixture : fixtures) {
            for (Item item : Fixtures.importFixture(fixture).items()) {
                Item.PublicItem sent = item.withoutAnswers();
                assertThat(viaText(sent)).as(fixture + " " + item.id()).isEqualTo(sent);
                sent.interactions().forEach(i -> seen.add(i.type()));
                items++;
            }
        }
        assertThat(items).isGreaterThan(10);
        assertThat(seen).contains(InteractionType.CHOICE, InteractionType.TEXT_ENTRY, InteractionType.EXTENDED_TEXT,
                InteractionType.INLINE_CHOICE, InteractionType.ORDER, InteractionType.MATCH,
                InteractionType.ASSOCIATE, InteractionType.GAP_MATCH);
    }

    @Test
    void everyItemOfTheSharedContentSurvivesTheWire() throws IOException {
        Path content = Path.of(System.getProperty("examroom.shared", "../../shared"), "content");
        Assumptions.assumeTrue(Files.isDirectory(content), content + " is missing: skipped");
        List<String> different = new ArrayList<>();
        int items = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = content.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("qti/") && !name.startsWith("moodle/")) {
                    continue;
                }
                ImportResult result = ContentImporter.importFile(file);
                for (Item item : result.items()) {
                    Item.PublicItem sent = item.withoutAnswers();
                    if (!viaText(sent).equals(sent)) {
                        different.add(name + " " + item.id());
                    }
                    items++;
                }
            }
        }
        assertThat(items).isGreaterThan(50);
        assertThat(different).isEmpty();
    }

    @Test
    void theJsonHasNoPlaceForAnswers() {
        Item item = Fixtures.onlyItem("qti/choice-single.xml");
        JsonObject json = PublicItemJson.toJson(item.withoutAnswers());
        assertThat(json.keySet()).containsExactlyInAnyOrder("id", "title", "body", "media", "interactions");
        assertThat(json.toString()).doesNotContain("correctResponse", "mapping");
    }

    @Test
    void aMalformedItemIsRefusedNamingTheField() {
        JsonObject noId = Json.createObjectBuilder().add("title", "t").build();
        assertThatThrownBy(() -> PublicItemJson.fromJson(noId))
                .isInstanceOf(WireFormatException.class).extracting("field").isEqualTo("id");
        JsonObject badType = Json.createObjectBuilder().add("id", "q")
                .add("interactions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "DANCE").add("responseIdentifier", "R")))
                .build();
        assertThatThrownBy(() -> PublicItemJson.fromJson(badType)).hasMessageContaining("DANCE");
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        JsonObject minimal = Json.createObjectBuilder().add("id", "q")
                .add("interactions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "CHOICE").add("responseIdentifier", "R")
                        .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "A")))))
                .build();
        Item.PublicItem item = PublicItemJson.fromJson(minimal);
        assertThat(item.title()).isEmpty();
        assertThat(item.interactions().getFirst().choices().getFirst().matchMax()).isEqualTo(1);
        assertThat(item.interactions().getFirst().maxChoices()).isZero();
    }
}
