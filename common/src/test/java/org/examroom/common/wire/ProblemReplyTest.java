package org.examroom.common.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemReplyTest {

    @Test
    void aRulesRefusalGivesItsReasonInBothLanguagesAndTheField() {
        ProblemReply p = ProblemReply.parse("{\"type\":\"https://examroom.org/problems/refused\",\"title\":\"Refused by the exam's rules\","
                + "\"status\":409,\"detail\":\"Not now\",\"field\":\"key\",\"explanation\":{\"ru\":\"Сейчас нельзя\",\"en\":\"Not now\"}}");
        assertThat(p.title()).contains("Refused by the exam's rules");
        assertThat(p.detail()).contains("Not now");
        assertThat(p.explanationRu()).contains("Сейчас нельзя");
        assertThat(p.explanationEn()).contains("Not now");
        assertThat(p.field()).contains("key");
    }

    @Test
    void whatIsNotAProblemReadsAsNothing() {
        assertThat(ProblemReply.parse("<html>502 Bad Gateway</html>")).isEqualTo(ProblemReply.parse(""));
        ProblemReply bare = ProblemReply.parse("{\"title\":\"Not allowed\",\"detail\":\"  \",\"explanation\":\"odd\"}");
        assertThat(bare.title()).contains("Not allowed");
        assertThat(bare.detail()).as("a blank detail says nothing").isEmpty();
        assertThat(bare.explanationRu()).isEmpty();
        assertThat(bare.field()).isEmpty();
    }
}
