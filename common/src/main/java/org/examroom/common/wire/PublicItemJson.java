package org.examroom.common.wire;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;

/**
 * An item as a terminal receives it, in JSON:
 * <pre>{@code
 * {"id":"q1","title":"…","body":"<div>…</div>","media":["img/a.png"],
 *  "interactions":[{"type":"CHOICE","responseIdentifier":"RESPONSE","prompt":"…",
 *                   "choices":[{"id":"A","content":"…","fixed":false,"matchMax":1}],"targets":[],
 *                   "minChoices":0,"maxChoices":1,"shuffle":false}]}
 * }</pre>
 * {@code type} is an {@link InteractionType} name. The shape has no place for reference answers or scoring, so a
 * variant sent this way cannot leak them.
 */
public final class PublicItemJson {

    private PublicItemJson() {
    }

    public static JsonObject toJson(Item.PublicItem item) {
        JsonArrayBuilder interactions = Jsons.createArrayBuilder();
        item.interactions().forEach(i -> interactions.add(toJson(i)));
        return Jsons.createObjectBuilder()
                .add("id", item.id())
                .add("title", item.title())
                .add("body", item.body())
                .add("media", Jsons.createArrayBuilder(item.media()))
                .add("interactions", interactions)
                .build();
    }

    public static Item.PublicItem fromJson(JsonObject json) {
        List<Interaction> interactions = new ArrayList<>();
        JsonArray array = Fields.array(json, "interactions");
        for (int i = 0; i < array.size(); i++) {
            interactions.add(interactionFromJson(
                    Fields.object(array.get(i), "interactions[" + i + "]")));
        }
        return new Item.PublicItem(
                Fields.string(json, "id"),
                Fields.stringOr(json, "title", ""),
                Fields.stringOr(json, "body", ""),
                interactions,
                Fields.strings(json, "media"));
    }

    /** A list of items, e.g. a variant's, in the order given. */
    public static List<Item.PublicItem> listFromJson(JsonArray items) {
        List<Item.PublicItem> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            result.add(fromJson(Fields.object(items.get(i), "items[" + i + "]")));
        }
        return result;
    }

    static JsonObject toJson(Interaction interaction) {
        return Jsons.createObjectBuilder()
                .add("type", interaction.type().name())
                .add("responseIdentifier", interaction.responseIdentifier())
                .add("prompt", interaction.prompt() == null ? "" : interaction.prompt())
                .add("choices", choices(interaction.choices()))
                .add("targets", choices(interaction.targets()))
                .add("minChoices", interaction.minChoices())
                .add("maxChoices", interaction.maxChoices())
                .add("shuffle", interaction.shuffle())
                .build();
    }

    static Interaction interactionFromJson(JsonObject json) {
        String typeName = Fields.string(json, "type");
        InteractionType type;
        try {
            type = InteractionType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("type", "unknown interaction type '" + typeName + "'");
        }
        return new Interaction(type,
                Fields.string(json, "responseIdentifier"),
                Fields.stringOr(json, "prompt", ""),
                choicesFromJson(json, "choices"),
                choicesFromJson(json, "targets"),
                Fields.integer(json, "minChoices", 0),
                Fields.integer(json, "maxChoices", 0),
                Fields.bool(json, "shuffle", false));
    }

    private static JsonArrayBuilder choices(List<Choice> choices) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (Choice c : choices) {
            array.add(Jsons.createObjectBuilder()
                    .add("id", c.id())
                    .add("content", c.content() == null ? "" : c.content())
                    .add("fixed", c.fixed())
                    .add("matchMax", c.matchMax()));
        }
        return array;
    }

    private static List<Choice> choicesFromJson(JsonObject json, String field) {
        List<Choice> choices = new ArrayList<>();
        JsonArray array = Fields.array(json, field);
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            JsonObject c = Fields.object(value, field + "[" + i + "]");
            choices.add(new Choice(Fields.string(c, "id"),
                    Fields.stringOr(c, "content", ""),
                    Fields.bool(c, "fixed", false),
                    Fields.integer(c, "matchMax", 1)));
        }
        return choices;
    }
}
