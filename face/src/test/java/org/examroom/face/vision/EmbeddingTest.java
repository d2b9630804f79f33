package org.examroom.face.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingTest {

    @Test
    void similarityIsTheCosineOfTheNormalisedVectors() {
        Embedding a = Embedding.of(new float[] {3, 4});
        assertThat(a.values()).containsExactly(0.6f, 0.8f);
        assertThat(a.similarity(Embedding.of(new float[] {6, 8}))).isCloseTo(1.0, within(1e-6));
        assertThat(a.similarity(Embedding.of(new float[] {-4, 3}))).isCloseTo(0.0, within(1e-6));
        assertThat(a.similarity(Embedding.of(new float[] {-3, -4}))).isCloseTo(-1.0, within(1e-6));
    }

    @Test
    void theTemplateIsTheNormalisedMean() {
        Embedding mean = Embedding.mean(List.of(Embedding.of(new float[] {1, 0}), Embedding.of(new float[] {0, 1})));
        assertThat(mean.values()[0]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
        assertThat(mean.values()[1]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
    }

    @Test
    void aZeroVectorOrAnotherModelIsRefused() {
        assertThatThrownBy(() -> Embedding.of(new float[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Embedding.of(new float[] {1}).similarity(Embedding.of(new float[] {1, 0})))
                .hasMessageContaining("different models");
    }
}
