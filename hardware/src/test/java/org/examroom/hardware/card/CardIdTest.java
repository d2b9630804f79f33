package org.examroom.hardware.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardIdTest {

    @Test
    void idsAreTrimmedAndUpperCasedSoEveryReaderAgrees() {
        assertThat(new CardId("  04a1b2c3\n").value()).isEqualTo("04A1B2C3");
        assertThat(CardId.ofUid(new byte[] {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3})).isEqualTo(new CardId("04A1B2C3"));
    }

    @Test
    void textThatCannotBeACardIsRefused() {
        assertThat(CardId.isValid("12")).isFalse();
        assertThat(CardId.isValid("карта")).isFalse();
        assertThat(CardId.isValid("0012345678")).isTrue();
        assertThatThrownBy(() -> new CardId("12 34")).hasMessageContaining("12 34");
    }
}
