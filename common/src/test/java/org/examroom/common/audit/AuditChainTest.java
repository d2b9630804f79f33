package org.examroom.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-07-15T06:30:00Z");

    @Test
    void theHashOfAKnownEntryStaysTheSameSoOldChainsStillVerify() {
        // Computed outside Java (sha256 of the joined lines); a change here would break every stored chain.
        assertThat(AuditChain.hashOf(1, AT, "system", "local", "staff.created", "S-ADMIN", "{}", AuditChain.GENESIS))
                .isEqualTo("83ed4899ee02e193d306617512e1c680205a4b2983108e795e26a30c5bcf8499");
    }

    @Test
    void everyFieldAndThePreviousHashChangeTheHash() {
        String base = AuditChain.hashOf(1, AT, "a", "o", "x", "s", "{}", AuditChain.GENESIS);
        assertThat(AuditChain.hashOf(2, AT, "a", "o", "x", "s", "{}", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hashOf(1, AT.plusMillis(1), "a", "o", "x", "s", "{}", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hashOf(1, AT, "b", "o", "x", "s", "{}", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hashOf(1, AT, "a", "o", "x", "s", "{\"k\":1}", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hashOf(1, AT, "a", "o", "x", "s", "{}", "1".repeat(64))).isNotEqualTo(base);
    }
}
