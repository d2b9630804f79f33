package org.examroom.central.views;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.examroom.central.store.Columns;

/** Queries over everything the sites have sent. */
public final class OfficeViews {

    private final DbClient db;

    public OfficeViews(DbClient db) {
        this.db = db;
    }

    /** Every attempt, optionally of one exam or one site. */
    public List<ResultRow> results(Optional<String> exam, Optional<String> site) {
        Stream<DbRow> rows = exam.isPresent() ? db.execute().namedQuery("attempts-of-exam", exam.get())
                : site.isPresent() ? db.execute().namedQuery("attempts-of-site", site.get())
                : db.execute().namedQuery("attempts-all");
        try (rows) {
            return rows.map(OfficeViews::result)
                    .filter(r -> site.isEmpty() || r.site().equals(site.get()))
                    .toList();
        }
    }

    /** Counts per exam and site, in the order of the exams. */
    public List<ExamSummary> summaries() {
        Map<String, List<ResultRow>> byExamAndSite = new LinkedHashMap<>();
        for (ResultRow r : results(Optional.empty(), Optional.empty())) {
            byExamAndSite.computeIfAbsent(r.examId() + "\n" + r.site(), k -> new ArrayList<>()).add(r);
        }
        List<ExamSummary> summaries = new ArrayList<>();
        for (List<ResultRow> rows : byExamAndSite.values()) {
            ResultRow first = rows.getFirst();
            summaries.add(new ExamSummary(first.examId(), first.subject(), first.stream(), first.site(), rows.size(),
                    count(rows, Attendance.SAT), count(rows, Attendance.ABSENT), count(rows, Attendance.REMOVED),
                    count(rows, Attendance.RESERVE_DAY), count(rows, Attendance.EXPECTED),
                    (int) rows.stream().filter(r -> r.score().isPresent()).count(),
                    (int) rows.stream().filter(r -> r.passed().orElse(false)).count()));
        }
        return summaries;
    }

    /** Removal and technical-failure acts, oldest first. */
    public List<Act> acts() {
        try (Stream<DbRow> rows = db.execute().namedQuery("acts")) {
            return rows.map(r -> new Act("Removed".equals(Columns.text(r, "EVENT_TYPE")) ? Act.Kind.REMOVAL : Act.Kind.TECHNICAL_FAILURE,
                    Columns.text(r, "SITE_ID"), Columns.text(r, "ID"), Columns.text(r, "EXAM_ID"), Columns.text(r, "APPLICANT_ID"),
                    name(Columns.text(r, "SURNAME"), Columns.text(r, "GIVEN_NAME"), Columns.text(r, "PATRONYMIC")),
                    Instant.ofEpochMilli(Columns.number(r, "AT_MS")), Columns.text(r, "ACTOR"), Columns.text(r, "DATA"))).toList();
        }
    }

    /**
     * Applicants who sat the same subject in more than one attempt. A technical failure (reserve day),
     * an absence or a registration never used is not a sitting.
     */
    public List<SecondSitting> secondSittings() {
        Map<String, List<DbRow>> byApplicantAndSubject = new LinkedHashMap<>();
        try (Stream<DbRow> rows = db.execute().namedQuery("sat-twice")) {
            rows.forEach(r -> byApplicantAndSubject.computeIfAbsent(Columns.text(r, "APPLICANT_ID") + "\n" + Columns.text(r, "SUBJECT"),
                    k -> new ArrayList<>()).add(r));
        }
        List<SecondSitting> found = new ArrayList<>();
        for (List<DbRow> rows : byApplicantAndSubject.values()) {
            if (rows.size() > 1) {
                DbRow first = rows.getFirst();
                found.add(new SecondSitting(Columns.text(first, "APPLICANT_ID"),
                        name(Columns.text(first, "SURNAME"), Columns.text(first, "GIVEN_NAME"), ""), Columns.text(first, "SUBJECT"),
                        rows.stream().map(r -> new SecondSitting.Sitting(Columns.text(r, "SITE_ID"), Columns.text(r, "ID"),
                                Columns.text(r, "EXAM_ID"), Columns.integer(r, "STREAM_NO"), Columns.text(r, "STATE"))).toList()));
            }
        }
        return found;
    }

    private static int count(List<ResultRow> rows, Attendance attendance) {
        return (int) rows.stream().filter(r -> r.attendance() == attendance).count();
    }

    private static String name(String surname, String given, String patronymic) {
        return String.join(" ", Stream.of(surname, given, patronymic).filter(s -> !s.isBlank()).toList());
    }

    private static ResultRow result(DbRow r) {
        String state = Columns.text(r, "STATE");
        return new ResultRow(Columns.text(r, "SITE_ID"), Columns.text(r, "ID"), Columns.text(r, "EXAM_ID"), Columns.text(r, "SUBJECT"),
                Columns.integer(r, "STREAM_NO"), Columns.text(r, "APPLICANT_ID"), Columns.text(r, "SURNAME"),
                Columns.text(r, "GIVEN_NAME"), Columns.text(r, "PATRONYMIC"), state, Attendance.of(state),
                Columns.optionalInteger(r, "SCORE"), Columns.integer(r, "PASS_MARK"), Columns.integer(r, "MAX_SCORE"));
    }
}
