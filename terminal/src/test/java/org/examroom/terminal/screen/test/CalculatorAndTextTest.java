package org.examroom.terminal.screen.test;

import org.examroom.common.content.ItemText;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CalculatorAndTextTest {

    @Test
    void theCalculatorKeepsPrecedenceAndBrackets() {
        assertThat(Calculator.evaluate("2+3*4").map(BigDecimal::toPlainString)).contains("14");
        assertThat(Calculator.evaluate("(2+3)*4").map(BigDecimal::toPlainString)).contains("20");
        assertThat(Calculator.evaluate("1/4").map(BigDecimal::toPlainString)).contains("0.25");
        assertThat(Calculator.evaluate("-3,5 × 2").map(BigDecimal::toPlainString)).contains("-7");
        assertThat(Calculator.evaluate("1/0")).isEmpty();
        assertThat(Calculator.evaluate("2+")).isEmpty();
        assertThat(Calculator.evaluate("(2")).isEmpty();
    }

    @Test
    void anItemsXhtmlBecomesReadableText() {
        assertThat(ItemText.plain("<div><p>Решите:&nbsp;x &lt; 3</p><p>и <b>x</b> &gt; 1</p></div>"))
                .isEqualTo("Решите: x < 3\nи x > 1");
        assertThat(ItemText.plain(null)).isEmpty();
    }
}
