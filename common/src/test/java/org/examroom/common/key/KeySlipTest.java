package org.examroom.common.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeySlipTest {

    @Test
    void everyCheckSymbolSurvivesTheSlip() {
        for (char check : "*~$=U".toCharArray()) {
            String key = "W6EN5MDR716V5" + check;
            assertThat(KeySlip.keyIn(KeySlip.payload(AccessKeys.format(key)))).contains(AccessKeys.format(key));
        }
    }

    @Test
    void generatedKeysAlwaysFitOnASlip() {
        for (int i = 0; i < 2000; i++) {
            String key = AccessKeys.generate();
            assertThat(KeySlip.keyIn(KeySlip.payload(key))).contains(key);
        }
    }

    @Test
    void otherTextIsNotAKey() {
        assertThat(KeySlip.keyIn("https://example.org")).isEmpty();
        assertThat(KeySlip.keyIn("EXAMROOM-KEY:ключ")).isEmpty();
        assertThatThrownBy(() -> KeySlip.payload("AB")).isInstanceOf(IllegalArgumentException.class);
    }
}
