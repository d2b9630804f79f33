package org.examroom.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String SAMPLE = "org.examroom.common.i18n.sample";
    private Locale saved;

    @BeforeEach
    void englishMachine() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void russianIsServedOnAnEnglishMachine() {
        Messages ru = Messages.load(SAMPLE, Locale.of("ru", "RU"), getClass().getClassLoader());
        assertThat(ru.get("greeting", "Анна")).isEqualTo("Здравствуйте, Анна");
        assertThat(ru.locale()).isEqualTo(Locale.of("ru"));
    }

    @Test
    void englishIsServedForEnglish() {
        Messages en = Messages.load(SAMPLE, Locale.UK, getClass().getClassLoader());
        assertThat(en.get("greeting", "Anna")).isEqualTo("Hello, Anna");
        assertThat(en.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anyOtherLanguageFallsBackToRussian() {
        Messages de = Messages.load(SAMPLE, Locale.GERMAN, getClass().getClassLoader());
        assertThat(de.get("greeting", "Anna")).startsWith("Здравствуйте");
    }

    @Test
    void aMissingKeyIsNamed() {
        Messages ru = Messages.load(SAMPLE, Locale.of("ru"), getClass().getClassLoader());
        assertThatThrownBy(() -> ru.get("farewell"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("farewell")
                .hasMessageContaining(SAMPLE);
    }
}
