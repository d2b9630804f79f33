package org.examroom.central.views;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examroom.common.wire.Jsons;

/**
 * Results in the layout of docs/office.md: one row per attempt, the same columns in CSV (RFC 4180,
 * UTF-8, header row) and JSON (an array of objects with these names).
 */
public final class ResultsExport {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("site", "attempt_id", "exam_id", "subject", "stream", "applicant_id",
            "surname", "given_name", "patronymic", "state", "attendance", "score", "pass_mark", "max_score", "passed");

    private ResultsExport() {
    }

    public static String csv(List<ResultRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (ResultRow r : rows) {
                printer.printRecord(r.site(), r.attemptId(), r.examId(), r.subject(), r.stream(), r.applicantId(), r.surname(),
                        r.givenName(), r.patronymic(), r.state(), r.attendance().name(), r.score().map(String::valueOf).orElse(""),
                        r.passMark(), r.maxScore(), r.passed().map(String::valueOf).orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static JsonArray json(List<ResultRow> rows) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (ResultRow r : rows) {
            JsonObjectBuilder o = Jsons.createObjectBuilder()
                    .add("site", r.site()).add("attempt_id", r.attemptId()).add("exam_id", r.examId()).add("subject", r.subject())
                    .add("stream", r.stream()).add("applicant_id", r.applicantId()).add("surname", r.surname())
                    .add("given_name", r.givenName()).add("patronymic", r.patronymic()).add("state", r.state())
                    .add("attendance", r.attendance().name());
            r.score().ifPresentOrElse(s -> o.add("score", s), () -> o.addNull("score"));
            o.add("pass_mark", r.passMark()).add("max_score", r.maxScore());
            r.passed().ifPresentOrElse(p -> o.add("passed", p), () -> o.addNull("passed"));
            array.add(o);
        }
        return array.build();
    }
}
