package org.examroom.room.api;

import jakarta.json.JsonObject;
import java.util.Locale;
import org.examroom.common.i18n.Explanation;
import org.examroom.common.wire.Jsons;

/** Explanations as the API sends them: in Russian and in English, so each client shows its own language. */
final class Texts {

    private static final Locale RU = Locale.of("ru");

    private Texts() {
    }

    static JsonObject json(Explanation explanation) {
        return Jsons.createObjectBuilder()
                .add("ru", explanation.in(RU))
                .add("en", explanation.in(Locale.ENGLISH))
                .build();
    }
}
