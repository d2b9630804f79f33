package org.examroom.central.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.examroom.central.views.Act;
import org.examroom.central.views.ExamSummary;
import org.examroom.central.views.SecondSitting;
import org.examroom.common.wire.Jsons;

/** The views as JSON, the layout of docs/office.md. */
public final class ViewJson {

    private ViewJson() {
    }

    public static JsonArray summaries(List<ExamSummary> summaries) {
        JsonArrayBuilder a = Jsons.createArrayBuilder();
        summaries.forEach(s -> a.add(Jsons.createObjectBuilder().add("exam_id", s.examId()).add("subject", s.subject())
                .add("stream", s.stream()).add("site", s.site()).add("registered", s.registered()).add("sat", s.sat())
                .add("absent", s.absent()).add("removed", s.removed()).add("reserve_day", s.reserveDay())
                .add("expected", s.expected()).add("graded", s.graded()).add("passed", s.passed())));
        return a.build();
    }

    public static JsonArray acts(List<Act> acts) {
        JsonArrayBuilder a = Jsons.createArrayBuilder();
        acts.forEach(act -> a.add(Jsons.createObjectBuilder().add("kind", act.kind().name()).add("site", act.site())
                .add("attempt_id", act.attemptId()).add("exam_id", act.examId()).add("applicant_id", act.applicantId())
                .add("applicant", act.applicantName()).add("at", act.at().toString()).add("actor", act.actor())
                .add("details", act.details())));
        return a.build();
    }

    public static JsonArray secondSittings(List<SecondSitting> found) {
        JsonArrayBuilder a = Jsons.createArrayBuilder();
        for (SecondSitting s : found) {
            JsonArrayBuilder sittings = Jsons.createArrayBuilder();
            s.sittings().forEach(x -> sittings.add(Jsons.createObjectBuilder().add("site", x.site()).add("attempt_id", x.attemptId())
                    .add("exam_id", x.examId()).add("stream", x.stream()).add("state", x.state())));
            a.add(Jsons.createObjectBuilder().add("applicant_id", s.applicantId()).add("applicant", s.name())
                    .add("subject", s.subject()).add("sittings", sittings));
        }
        return a.build();
    }
}
