package org.examroom.common.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AccessKeysTest {

    @Test
    void aKeyHasSixtyFiveRandomBitsAndACheckSymbolInGroupsOfFour() {
        String key = AccessKeys.generate();
        assertThat(key).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z][0-9A-HJKMNP-TV-Z*~$=U]");
        assertThat(AccessKeys.BODY * 5).isGreaterThanOrEqualTo(60);
        assertThat(AccessKeys.canonical(key)).isPresent();
        assertThat(AccessKeys.status(key)).isEqualTo(AccessKeys.Status.WELL_FORMED);
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(AccessKeys.generate())).isTrue();
        }
    }

    @Test
    void typingIsForgiving() {
        String key = AccessKeys.generate(new Random(1));
        String canonical = AccessKeys.canonical(key).orElseThrow();
        assertThat(AccessKeys.canonical(key.toLowerCase().replace("-", " "))).contains(canonical);
        String withLookAlikes = canonical.replace('1', 'l').replace('0', 'O');
        assertThat(AccessKeys.canonical(withLookAlikes)).contains(canonical);
    }

    @Test
    void theStatusGuidesTheApplicantWhileTyping() {
        String key = AccessKeys.generate(new Random(2));
        assertThat(AccessKeys.status("")).isEqualTo(AccessKeys.Status.INCOMPLETE);
        assertThat(AccessKeys.status(key.substring(0, 6))).isEqualTo(AccessKeys.Status.INCOMPLETE);
        assertThat(AccessKeys.status("7F3K-U")).isEqualTo(AccessKeys.Status.BAD_SYMBOL);
        assertThat(AccessKeys.status(key + "7")).isEqualTo(AccessKeys.Status.TOO_LONG);
    }

    @Property(tries = 500)
    void anyOneMistypedSymbolIsCaught(@ForAll long seed, @ForAll @IntRange(min = 0, max = 12) int position,
            @ForAll @IntRange(min = 1, max = 31) int shift) {
        String canonical = AccessKeys.canonical(AccessKeys.generate(new Random(seed))).orElseThrow();
        char original = canonical.charAt(position);
        char typo = AccessKeys.ALPHABET.charAt((AccessKeys.ALPHABET.indexOf(original) + shift) % 32);
        String mistyped = canonical.substring(0, position) + typo + canonical.substring(position + 1);
        assertThat(AccessKeys.canonical(mistyped)).isEmpty();
        assertThat(AccessKeys.status(mistyped)).isEqualTo(AccessKeys.Status.WRONG_CHECK);
    }

    @Property(tries = 500)
    void anySwapOfTwoNeighbouringDifferentSymbolsIsCaught(@ForAll long seed, @ForAll @IntRange(min = 0, max = 11) int position) {
        String canonical = AccessKeys.canonical(AccessKeys.generate(new Random(seed))).orElseThrow();
        char a = canonical.charAt(position);
        char b = canonical.charAt(position + 1);
        if (a == b) {
            return;
        }
        String swapped = canonical.substring(0, position) + b + a + canonical.substring(position + 2);
        assertThat(AccessKeys.canonical(swapped)).isEmpty();
    }
}
