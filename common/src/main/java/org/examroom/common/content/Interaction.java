package org.examroom.common.content;

import java.util.List;

/**
 * One place in an item where the applicant answers. {@code choices} holds the options (for matching: the sources,
 * for gap matching: the gap texts); {@code targets} holds the second set (matching targets, gaps).
 *
 * @param maxChoices how many options may be chosen or pairs made (0 means no limit)
 */
public record Interaction(InteractionType type, String responseIdentifier, String prompt, List<Choice> choices,
                          List<Choice> targets, int minChoices, int maxChoices, boolean shuffle) {

    public Interaction {
        choices = List.copyOf(choices);
        targets = List.copyOf(targets);
    }
}
