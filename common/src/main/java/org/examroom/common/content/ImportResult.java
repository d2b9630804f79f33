package org.examroom.common.content;

import java.util.List;
import java.util.Map;

/**
 * What importing one file gave: its items and tests, the media they use, and every refusal. A file imported whole
 * has no problems.
 *
 * @param version the format's version, e.g. {@code 2.1}, empty when the format has none
 */
public record ImportResult(String file, ContentFormat format, String version, List<Item> items,
                           List<AssessmentTest> tests, Map<String, byte[]> media, List<ImportProblem> problems) {

    public ImportResult {
        items = List.copyOf(items);
        tests = List.copyOf(tests);
        media = Map.copyOf(media);
        problems = List.copyOf(problems);
    }

    public boolean isWhole() {
        return problems.isEmpty();
    }

    /** The same result named after another file (the path the user gave rather than the name inside). */
    public ImportResult withFile(String name) {
        return new ImportResult(name, format, version, items, tests, media, problems);
    }

    public static ImportResult refused(String file, ContentFormat format, ImportProblem problem) {
        return new ImportResult(file, format, "", List.of(), List.of(), Map.of(), List.of(problem));
    }
}
