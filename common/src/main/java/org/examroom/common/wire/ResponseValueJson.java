package org.examroom.common.wire;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.examroom.common.content.ResponseValue;

/**
 * Answers in JSON. One value is an object tagged by {@code kind}:
 * <pre>{@code
 * {"kind":"EMPTY"}
 * {"kind":"IDENTIFIER","id":"A"}
 * {"kind":"IDENTIFIER_SET","ids":["A","C"]}
 * {"kind":"ORDERED","ids":["C","A","B"]}
 * {"kind":"PAIRS","pairs":[["S1","T2"],["S2","T1"]]}
 * {"kind":"TEXT","text":"…"}
 * {"kind":"NUMBER","value":3.5}
 * {"kind":"POINT","x":120,"y":45}
 * }</pre>
 * The answer to an item, sent as {@code response} in {@code PUT /api/v1/terminal/answers/{item}}, is an object from
 * each interaction's response identifier to its value: {@code {"RESPONSE":{"kind":"IDENTIFIER","id":"A"}}}. Sets are
 * written sorted so that the same answer is always the same text.
 */
public final class ResponseValueJson {

    private ResponseValueJson() {
    }

    public static JsonObject toJson(ResponseValue value) {
        return switch (value) {
            case ResponseValue.Empty() -> kind("EMPTY").build();
            case ResponseValue.Identifier(String id) -> kind("IDENTIFIER").add("id", id).build();
            case ResponseValue.IdentifierSet(Set<String> ids) ->
                    kind("IDENTIFIER_SET").add("ids", Jsons.createArrayBuilder(ids.stream().sorted().toList())).build();
            case ResponseValue.OrderedIdentifiers(var ids) ->
                    kind("ORDERED").add("ids", Jsons.createArrayBuilder(ids)).build();
            case ResponseValue.PairSet(Set<ResponseValue.Pair> pairs) -> {
                JsonArrayBuilder array = Jsons.createArrayBuilder();
                pairs.stream().sorted(Comparator.comparing(ResponseValue.Pair::first)
                                .thenComparing(ResponseValue.Pair::second))
                        .forEach(p -> array.add(Jsons.createArrayBuilder().add(p.first()).add(p.second())));
                yield kind("PAIRS").add("pairs", array).build();
            }
            case ResponseValue.Text(String text) -> kind("TEXT").add("text", text).build();
            case ResponseValue.Number(BigDecimal number) -> kind("NUMBER").add("value", number).build();
            case ResponseValue.Point(int x, int y) -> kind("POINT").add("x", x).add("y", y).build();
        };
    }

    public static ResponseValue fromJson(JsonObject json) {
        String kind = Fields.string(json, "kind");
        return switch (kind) {
            case "EMPTY" -> new ResponseValue.Empty();
            case "IDENTIFIER" -> new ResponseValue.Identifier(Fields.string(json, "id"));
            case "IDENTIFIER_SET" -> new ResponseValue.IdentifierSet(new HashSet<>(Fields.strings(json, "ids")));
            case "ORDERED" -> new ResponseValue.OrderedIdentifiers(Fields.strings(json, "ids"));
            case "PAIRS" -> new ResponseValue.PairSet(pairs(Fields.array(json, "pairs")));
            case "TEXT" -> new ResponseValue.Text(Fields.string(json, "text"));
            case "NUMBER" -> {
                if (!(json.get("value") instanceof JsonNumber n)) {
                    throw new WireFormatException("value", "a number is required, found " + Fields.describe(json.get("value")));
                }
                yield new ResponseValue.Number(n.bigDecimalValue());
            }
            case "POINT" -> new ResponseValue.Point(Fields.integer(json, "x", 0), Fields.integer(json, "y", 0));
            default -> throw new WireFormatException("kind", "unknown kind of answer '" + kind + "'");
        };
    }

    /** An item's answer: each interaction's response identifier to its value, in the order given. */
    public static JsonObject itemToJson(Map<String, ResponseValue> responses) {
        JsonObjectBuilder object = Jsons.createObjectBuilder();
        responses.forEach((identifier, value) -> object.add(identifier, toJson(value)));
        return object.build();
    }

    public static Map<String, ResponseValue> itemFromJson(JsonObject json) {
        Map<String, ResponseValue> responses = new LinkedHashMap<>();
        json.forEach((identifier, value) -> responses.put(identifier, fromJson(Fields.object(value, identifier))));
        return responses;
    }

    private static Set<ResponseValue.Pair> pairs(JsonArray array) {
        Set<ResponseValue.Pair> pairs = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            if (!(value instanceof JsonArray pair) || pair.size() != 2
                    || pair.get(0).getValueType() != JsonValue.ValueType.STRING
                    || pair.get(1).getValueType() != JsonValue.ValueType.STRING) {
                throw new WireFormatException("pairs[" + i + "]", "two strings are required");
            }
            pairs.add(new ResponseValue.Pair(pair.getString(0), pair.getString(1)));
        }
        return pairs;
    }

    private static JsonObjectBuilder kind(String kind) {
        return Jsons.createObjectBuilder().add("kind", kind);
    }
}
