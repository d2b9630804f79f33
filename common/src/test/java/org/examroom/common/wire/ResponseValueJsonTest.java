package org.examroom.common.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examroom.common.content.ResponseValue;
import org.junit.jupiter.api.Test;

class ResponseValueJsonTest {

    private static final List<ResponseValue> EVERY_KIND = List.of(
            new ResponseValue.Empty(),
            new ResponseValue.Identifier("A"),
            new ResponseValue.IdentifierSet(Set.of("C", "A")),
            new ResponseValue.OrderedIdentifiers(List.of("C", "A", "B")),
            new ResponseValue.PairSet(Set.of(new ResponseValue.Pair("S2", "T1"), new ResponseValue.Pair("S1", "T2"))),
            new ResponseValue.Text("Пушкин — «Капитанская дочка»\nвторая строка"),
            new ResponseValue.Number(new BigDecimal("3.50")),
            new ResponseValue.Point(120, 45));

    private static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void everyKindOfAnswerSurvivesTheWire() {
        for (ResponseValue value : EVERY_KIND) {
            String text = ResponseValueJson.toJson(value).toString();
            assertThat(ResponseValueJson.fromJson(parse(text))).as(text).isEqualTo(value);
        }
    }

    @Test
    void sameSetSameText() {
        String one = ResponseValueJson.toJson(new ResponseValue.IdentifierSet(Set.of("B", "A", "C"))).toString();
        String two = ResponseValueJson.toJson(new ResponseValue.IdentifierSet(Set.of("C", "B", "A"))).toString();
        assertThat(one).isEqualTo(two).isEqualTo("{\"kind\":\"IDENTIFIER_SET\",\"ids\":[\"A\",\"B\",\"C\"]}");
    }

    @Test
    void anItemsAnswerKeysEachInteraction() {
        Map<String, ResponseValue> answer = new LinkedHashMap<>();
        answer.put("RESPONSE", new ResponseValue.Identifier("A"));
        answer.put("RESPONSE_2", new ResponseValue.Text("42"));
        JsonObject json = ResponseValueJson.itemToJson(answer);
        assertThat(json.toString()).startsWith("{\"RESPONSE\":{\"kind\":\"IDENTIFIER\"");
        assertThat(ResponseValueJson.itemFromJson(parse(json.toString()))).isEqualTo(answer);
    }

    @Test
    void malformedAnswersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> ResponseValueJson.fromJson(parse("{\"kind\":\"GUESS\"}")))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("GUESS");
        assertThatThrownBy(() -> ResponseValueJson.fromJson(parse("{\"kind\":\"PAIRS\",\"pairs\":[[\"a\"]]}")))
                .isInstanceOf(WireFormatException.class).extracting("field").isEqualTo("pairs[0]");
        assertThatThrownBy(() -> ResponseValueJson.fromJson(parse("{\"kind\":\"NUMBER\",\"value\":\"3\"}")))
                .isInstanceOf(WireFormatException.class).extracting("field").isEqualTo("value");
        assertThatThrownBy(() -> ResponseValueJson.itemFromJson(parse("{\"R\":1}")))
                .isInstanceOf(WireFormatException.class).extracting("field").isEqualTo("R");
    }
}
