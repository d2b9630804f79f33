package org.examroom.common.policy;

import java.time.Duration;
import org.examroom.common.i18n.Explanation;

/**
 * Extra time for applicants with disabilities (ОВЗ): up to +90 min by the regulations (SPbGUPTD 5.3–5.7;
 * SFU 1.2). A request above the maximum is granted up to the maximum, and the console says so.
 */
public record ExtraTimePolicy(Duration maximum) {

    public static final ExtraTimePolicy REGULATION = new ExtraTimePolicy(Duration.ofMinutes(90));

    /** What was granted of the requested extra time. */
    public record Grant(Duration granted, Explanation explanation) {
        public boolean capped(Duration requested) {
            return granted.compareTo(requested) < 0;
        }
    }

    public ExtraTimePolicy {
        if (maximum.isNegative()) {
            throw new IllegalArgumentException("maximum extra time must not be negative: " + maximum);
        }
    }

    public Grant grant(Duration requested) {
        if (requested.isNegative()) {
            throw new IllegalArgumentException("extra time must not be negative: " + requested);
        }
        if (requested.compareTo(maximum) > 0) {
            return new Grant(maximum, Explanation.of("extra.capped", requested, maximum));
        }
        return new Grant(requested, Explanation.of("extra.granted", requested));
    }
}
