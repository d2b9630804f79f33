package org.examroom.common.content;

/**
 * One option an interaction offers: a choice, a match-set entry, a gap text or a gap.
 *
 * @param matchMax how many times the option may be used in pairs (0 means unlimited); 1 for plain choices
 * @param fixed    whether shuffling must leave it in place
 */
public record Choice(String id, String content, boolean fixed, int matchMax) {

    public static Choice of(String id, String content) {
        return new Choice(id, content, false, 1);
    }
}
