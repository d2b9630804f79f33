package org.examroom.common.seal;

import java.util.List;
import java.util.Map;
import org.examroom.common.variant.Variant;

/**
 * What the central office seals: the content files as authored (QTI packages, Moodle XML, GIFT) and the variants,
 * whose item references are {@code FILE#ITEM_ID} (see {@link #itemKey}).
 */
public record ExamContent(String examId, String title, Map<String, byte[]> files, List<Variant> variants) {

    public ExamContent {
        files = Map.copyOf(files);
        variants = List.copyOf(variants);
        if (examId.isBlank() || examId.contains("\n") || title.contains("\n")) {
            throw new IllegalArgumentException("an exam needs an identifier, and neither it nor the title may span lines");
        }
        for (String name : files.keySet()) {
            if (name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("#")
                    || name.startsWith(".")) {
                throw new IllegalArgumentException("content file names must be plain names, not '" + name + "'");
            }
        }
    }

    /** How a variant names an item: its file and its identifier in that file. */
    public static String itemKey(String file, String itemId) {
        return file + "#" + itemId;
    }
}
