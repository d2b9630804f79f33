package org.examroom.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void durationsReadAsMinutesAndSeconds() {
        assertThat(Explanation.duration(Duration.ofMinutes(30), false)).isEqualTo("30 мин");
        assertThat(Explanation.duration(Duration.ofSeconds(1861), false)).isEqualTo("31 мин 1 с");
        assertThat(Explanation.duration(Duration.ofSeconds(45), true)).isEqualTo("45 s");
        assertThat(Explanation.duration(Duration.ofMinutes(-2), true)).isEqualTo("−2 min");
        assertThat(Explanation.duration(Duration.ofHours(2), true)).isEqualTo("120 min");
    }

    @Test
    void everyRussianTextHasAnEnglishOneAndBackWithTheSameArguments() throws Exception {
        var ru = new java.util.Properties();
        var en = new java.util.Properties();
        try (var r = getClass().getResourceAsStream("rules.properties"); var e = getClass().getResourceAsStream("rules_en.properties")) {
            ru.load(new java.io.InputStreamReader(r, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).isEqualTo(ru.keySet());
        for (Object key : ru.keySet()) {
            assertThat(placeholders(en.getProperty((String) key))).as((String) key).isEqualTo(placeholders(ru.getProperty((String) key)));
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        var m = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
        var found = new java.util.TreeSet<String>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
