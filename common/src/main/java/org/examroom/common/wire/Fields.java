package org.examroom.common.wire;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Reading fields with a precise complaint when one is missing or of the wrong type. */
final class Fields {

    private Fields() {
    }

    static String string(JsonObject object, String field) {
        if (object.get(field) instanceof JsonString s) {
            return s.getString();
        }
        throw new WireFormatException(field, "a string is required, found " + describe(object.get(field)));
    }

    static String stringOr(JsonObject object, String field, String fallback) {
        return object.containsKey(field) && object.get(field) != JsonValue.NULL ? string(object, field) : fallback;
    }

    static int integer(JsonObject object, String field, int fallback) {
        if (!object.containsKey(field)) {
            return fallback;
        }
        if (object.get(field) instanceof JsonNumber n && n.isIntegral()) {
            return n.intValueExact();
        }
        throw new WireFormatException(field, "a whole number is required, found " + describe(object.get(field)));
    }

    static boolean bool(JsonObject object, String field, boolean fallback) {
        JsonValue value = object.get(field);
        if (value == null) {
            return fallback;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new WireFormatException(field, "true or false is required, found " + describe(value));
    }

    static JsonArray array(JsonObject object, String field) {
        if (object.get(field) instanceof JsonArray a) {
            return a;
        }
        if (!object.containsKey(field)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        throw new WireFormatException(field, "an array is required, found " + describe(object.get(field)));
    }

    static List<String> strings(JsonObject object, String field) {
        List<String> strings = new ArrayList<>();
        for (JsonValue value : array(object, field)) {
            if (!(value instanceof JsonString s)) {
                throw new WireFormatException(field, "every entry must be a string, found " + describe(value));
            }
            strings.add(s.getString());
        }
        return strings;
    }

    static JsonObject object(JsonValue value, String field) {
        if (value instanceof JsonObject o) {
            return o;
        }
        throw new WireFormatException(field, "an object is required, found " + describe(value));
    }

    static String describe(JsonValue value) {
        return value == null ? "nothing" : value.getValueType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
