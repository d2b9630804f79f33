package org.examroom.documents;

import java.util.List;
import java.util.Objects;

/**
 * The people who sign a sitting's documents. Empty names leave their lines to be filled in by hand.
 *
 * @param supervisor the room's responsible supervisor (ответственный организатор в аудитории)
 * @param chair the examination committee's chair
 * @param deputyChair the chair's deputy
 * @param members the other committee members
 */
public record Committee(String supervisor, String chair, String deputyChair, List<String> members) {

    public Committee {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(deputyChair, "deputyChair");
        members = List.copyOf(members);
    }
}
