package org.examroom.common.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question, whatever format it came from.
 *
 * @param source         the file it came from (its path inside a zip for packages)
 * @param body           the question as XHTML, without feedback or answers
 * @param declaredMax    the maximum score its author declared, if any
 * @param media          paths of the media files the body refers to, relative to the source
 */
public record Item(String id, String title, String source, String category, String body,
                   List<Interaction> interactions, List<ResponseDeclaration> responses,
                   List<OutcomeDeclaration> outcomes, Scoring scoring, Optional<BigDecimal> declaredMax,
                   List<String> media) {

    public Item {
        interactions = List.copyOf(interactions);
        responses = List.copyOf(responses);
        outcomes = List.copyOf(outcomes);
        media = List.copyOf(media);
    }

    public Optional<ResponseDeclaration> response(String identifier) {
        return responses.stream().filter(r -> r.identifier().equals(identifier)).findFirst();
    }

    /** What a terminal may see: the question and its options, no reference answers and no scoring. */
    public PublicItem withoutAnswers() {
        return new PublicItem(id, title, body, interactions, media);
    }

    /** An item as sent to an applicant's terminal: by construction it holds no answers. */
    public record PublicItem(String id, String title, String body, List<Interaction> interactions,
                             List<String> media) {
        public PublicItem {
            interactions = List.copyOf(interactions);
            media = List.copyOf(media);
        }
    }
}
