package org.examroom.central.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import org.examroom.central.views.OfficeViews;
import org.examroom.central.views.ResultsExport;

/**
 * The views (docs/office.md): {@code /exams} (counts per exam and site), {@code /results} (optionally
 * {@code ?exam=} or {@code ?site=}, {@code ?format=csv}), {@code /acts}, {@code /checks/one-attempt}.
 */
public final class ViewService implements HttpService {

    private final OfficeViews views;

    public ViewService(OfficeViews views) {
        this.views = views;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/exams", (req, res) -> res.send(ViewJson.summaries(views.summaries())))
                .get("/results", this::results)
                .get("/acts", (req, res) -> res.send(ViewJson.acts(views.acts())))
                .get("/checks/one-attempt", (req, res) -> res.send(ViewJson.secondSittings(views.secondSittings())));
    }

    private void results(ServerRequest req, ServerResponse res) {
        Optional<String> exam = req.query().first("exam").asOptional();
        Optional<String> site = req.query().first("site").asOptional();
        String format = req.query().first("format").orElse("json");
        var rows = views.results(exam, site);
        switch (format) {
            case "csv" -> {
                res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
                res.send(ResultsExport.csv(rows));
            }
            case "json" -> res.send(ResultsExport.json(rows));
            default -> throw Problem.invalid("format", "format is csv or json");
        }
    }
}
