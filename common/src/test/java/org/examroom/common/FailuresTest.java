package org.examroom.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void theInnermostMessageIsTheOneThatExplains() {
        var failure = new CompletionException(new UncheckedIOException(new java.io.IOException("wrap",
                new ConnectException("Connection refused"))));
        assertThat(Failures.rootMessage(failure)).isEqualTo("Connection refused");
    }

    @Test
    void aCauseWithoutMessageIsNamedByType() {
        assertThat(Failures.rootMessage(new RuntimeException("outer", new ConnectException())))
                .isEqualTo("ConnectException");
    }
}
