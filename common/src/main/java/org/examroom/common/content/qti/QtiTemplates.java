package org.examroom.common.content.qti;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examroom.common.content.Expression;
import org.examroom.common.content.Rule;

/**
 * The standard response-processing templates of QTI 2.x and 3.0, written out as the rules they stand for, so that
 * they are recognised by URI and never fetched.
 */
final class QtiTemplates {

    private static final List<String> NAMES = List.of("match_correct", "map_response_point", "map_response");

    private QtiTemplates() {
    }

    /** The template's name when the URI or path names a standard one (any QTI version, with or without .xml). */
    static Optional<String> standardName(String uri) {
        String last = uri.trim().replaceAll("\\.xml$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        String name = last.replace('-', '_');
        boolean standardPlace = uri.contains("imsglobal.org") || uri.contains("rptemplates")
                || uri.contains("rptemplate") || !uri.contains("/");
        return NAMES.contains(name) && standardPlace ? Optional.of(name) : Optional.empty();
    }

    static List<Rule> rules(String name) {
        Expression response = operator("variable", Map.of("identifier", "RESPONSE"));
        return switch (name) {
            case "match_correct" -> List.of(new Rule.Condition(List.of(new Rule.Branch(
                    new Expression("match", Map.of(), List.of(response,
                            operator("correct", Map.of("identifier", "RESPONSE"))), ""),
                    List.of(setScore("1")))), List.of(setScore("0"))));
            case "map_response", "map_response_point" -> List.of(new Rule.Condition(List.of(new Rule.Branch(
                    new Expression("isNull", Map.of(), List.of(response), ""), List.of(setScore("0")))),
                    List.of(new Rule.SetOutcome("SCORE", operator(name.equals("map_response") ? "mapResponse"
                            : "mapResponsePoint", Map.of("identifier", "RESPONSE"))))));
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Rule setScore(String value) {
        return new Rule.SetOutcome("SCORE", new Expression("baseValue", Map.of("baseType", "float"), List.of(), value));
    }

    private static Expression operator(String name, Map<String, String> attributes) {
        return new Expression(name, attributes, List.of(), "");
    }
}
