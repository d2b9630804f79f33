package org.examroom.launcher;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.examroom.central.CentralOffice;
import org.examroom.central.OfficeSettings;
import org.examroom.common.wire.Jsons;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code examroom office}: runs the central office until stopped; its subcommands read a running office's
 * views over its API and print them as a table, JSON or CSV, and register a site's key.
 */
@Command(name = "office", mixinStandardHelpOptions = true,
        description = {"Runs the central office, which collects every room's results, acts and audit trail.",
            "Сервер приёмной комиссии: собирает результаты, акты и журналы всех аудиторий."},
        subcommands = {OfficeCommand.Results.class, OfficeCommand.Acts.class, OfficeCommand.Attempts.class,
            OfficeCommand.RegisterSite.class, CommandLine.HelpCommand.class})
final class OfficeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: ~/.examroom/office, or EXAMROOM_OFFICE_DATA).")
    Path data;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 8444; 0 picks a free one).")
    Integer port;

    @Option(names = "--database-url", paramLabel = "JDBC",
            description = "PostgreSQL, e.g. jdbc:postgresql://db:5432/examroom_office (default: embedded Derby in the data folder).")
    String databaseUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML file with settings (see docs/operations.md).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> overrides = new HashMap<>();
        Optional.ofNullable(data).ifPresent(d -> overrides.put("office.data", d.toAbsolutePath().toString()));
        Optional.ofNullable(port).ifPresent(p -> overrides.put("server.port", Integer.toString(p)));
        Optional.ofNullable(databaseUrl).ifPresent(u -> overrides.put("office.database.url", u));
        OfficeSettings settings = OfficeSettings.load(Optional.ofNullable(config), overrides);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Starting the central office…");
        out.println("  data folder: " + settings.dataDirectory());
        out.flush();
        CentralOffice office = CentralOffice.start(settings, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            office.close();
            stopped.countDown();
        }, "examroom-office-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("  database:    " + office.databaseKind());
        if (settings.adminToken().isEmpty()) {
            out.println("  admin token: in " + settings.dataDirectory().resolve("admin-token") + " (for registering sites and the views)");
        }
        out.println("  listening:   " + office.localUri() + "/  (health: " + office.localUri() + "/health)");
        office.caFile().ifPresentOrElse(ca -> {
            out.println("  office CA:   " + ca + "  fingerprint " + office.fingerprint().orElse(""));
            out.println("               copy it to every room: examroom.sync.office-ca=<that file>, office-url=https://<this machine>:" + office.port());
        }, () -> out.println("  TLS is off (office.tls.enabled=false): only rooms on this machine can sync"));
        out.println("Press Ctrl+C to stop.");
        out.flush();
        try {
            stopped.await();
        } finally {
            if (stopped.getCount() > 0 && Runtime.getRuntime().removeShutdownHook(hook)) {
                office.close();
            }
        }
        return 0;
    }

    /** Where the office is and how to sign in to it; shared by the view subcommands. */
    static final class Connection {
        @Option(names = "--office", paramLabel = "URL", description = "The office (default: https://localhost:8444).")
        URI office = URI.create("https://localhost:8444");

        @Option(names = "--ca", paramLabel = "FILE", description = "The office CA to trust (default: tls/office-ca.pem in --data when there).")
        Path ca;

        @Option(names = "--token", paramLabel = "TOKEN",
                description = "Admin token (default: EXAMROOM_OFFICE_ADMIN_TOKEN, or the admin-token file in --data).")
        String token;

        @Option(names = "--data", paramLabel = "DIR", description = "The office's data folder, to read its admin token from.")
        Path data = OfficeSettings.DEFAULT_DATA;

        String token() {
            if (token != null) {
                return token;
            }
            String env = System.getenv("EXAMROOM_OFFICE_ADMIN_TOKEN");
            if (env != null && !env.isBlank()) {
                return env;
            }
            try {
                return Files.readString(data.resolve("admin-token")).strip();
            } catch (IOException e) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "No admin token: pass --token, set EXAMROOM_OFFICE_ADMIN_TOKEN, or --data with the office's folder");
            }
        }

        /** A client that trusts the office's own CA: --ca, or the one in the office's data folder on this machine. */
        HttpClient client() {
            Path trusted = ca != null ? ca : data.resolve("tls").resolve("office-ca.pem");
            var builder = HttpClient.newBuilder();
            if (Files.exists(trusted)) {
                builder.sslContext(org.examroom.common.net.RoomTrust.sslContext(trusted));
            } else if (ca != null) {
                throw new CommandLine.ParameterException(new CommandLine(this), "The office CA file " + ca + " does not exist");
            }
            return builder.build();
        }

        HttpResponse<String> send(String method, String path, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(office.resolve(path)).header("Authorization", "Bearer " + token());
            request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            try {
                return client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("The office at " + office + " cannot be reached: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }

        /** The body of a successful reply; otherwise the problem's detail on stderr and an exit code. */
        Optional<String> get(String path, PrintWriter err) {
            HttpResponse<String> response = send("GET", path, null);
            if (response.statusCode() != 200) {
                err.println("The office answered " + response.statusCode() + ": " + detail(response.body()));
                return Optional.empty();
            }
            return Optional.of(response.body());
        }
    }

    enum Format { table, json, csv }

    @Command(name = "results", mixinStandardHelpOptions = true,
            description = {"Results per attempt, with pass marks; the export layout of docs/office.md.",
                "Результаты по каждой работе с проходным баллом."})
    static final class Results implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Option(names = "--exam", paramLabel = "ID", description = "Only this exam.")
        String exam;

        @Option(names = "--site", paramLabel = "ID", description = "Only this site.")
        String site;

        @Option(names = "--format", description = "table, json or csv (default: table).")
        Format format = Format.table;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            StringBuilder path = new StringBuilder("/api/v1/results?format=" + (format == Format.csv ? "csv" : "json"));
            Optional.ofNullable(exam).ifPresent(e -> path.append("&exam=").append(URLEncoder.encode(e, StandardCharsets.UTF_8)));
            Optional.ofNullable(site).ifPresent(s -> path.append("&site=").append(URLEncoder.encode(s, StandardCharsets.UTF_8)));
            return print(spec, connection.get(path.toString(), spec.commandLine().getErr()), format,
                    List.of("site", "exam_id", "subject", "stream", "applicant_id", "surname", "given_name", "attendance", "score", "pass_mark", "passed"));
        }
    }

    @Command(name = "acts", mixinStandardHelpOptions = true,
            description = {"Removal and technical-failure acts from every site.", "Акты об удалении и о технических сбоях."})
    static final class Acts implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Option(names = "--format", description = "table or json (default: table).")
        Format format = Format.table;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return print(spec, connection.get("/api/v1/acts", spec.commandLine().getErr()), format,
                    List.of("kind", "site", "exam_id", "applicant_id", "applicant", "at", "details"));
        }
    }

    @Command(name = "attempts", mixinStandardHelpOptions = true,
            description = {"Per exam and site: registered, sat, absent, removed, sent to a reserve day; with --twice, "
                + "applicants who sat the same subject more than once.",
                "По экзаменам и площадкам: сдавали, не явились, удалены, резервный день; --twice — повторные попытки."})
    static final class Attempts implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Option(names = "--twice", description = "The one-attempt check across sites and streams.")
        boolean twice;

        @Option(names = "--format", description = "table or json (default: table).")
        Format format = Format.table;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (twice) {
                Optional<String> body = connection.get("/api/v1/checks/one-attempt", spec.commandLine().getErr());
                if (body.isPresent() && format == Format.table) {
                    PrintWriter out = spec.commandLine().getOut();
                    JsonArray found = (JsonArray) parse(body.get());
                    if (found.isEmpty()) {
                        out.println("No applicant sat the same subject twice. / Повторных попыток нет.");
                    }
                    for (JsonObject f : found.getValuesAs(JsonObject.class)) {
                        out.println(f.getString("applicant_id") + "  " + f.getString("applicant") + "  " + f.getString("subject"));
                        for (JsonObject s : f.getJsonArray("sittings").getValuesAs(JsonObject.class)) {
                            out.println("    " + s.getString("site") + "  " + s.getString("exam_id") + "  stream " + s.getInt("stream")
                                    + "  " + s.getString("state"));
                        }
                    }
                    out.flush();
                    return found.isEmpty() ? 0 : 3;
                }
                return print(spec, body, format, List.of());
            }
            return print(spec, connection.get("/api/v1/exams", spec.commandLine().getErr()), format,
                    List.of("exam_id", "subject", "stream", "site", "registered", "sat", "absent", "removed", "reserve_day", "expected", "passed"));
        }
    }

    @Command(name = "register-site", mixinStandardHelpOptions = true,
            description = {"Registers a room (site) with the public key from its <data>/sync/site.pub.",
                "Регистрирует аудиторию по её открытому ключу."})
    static final class RegisterSite implements Callable<Integer> {
        @Mixin
        Connection connection;

        @CommandLine.Parameters(index = "0", paramLabel = "SITE", description = "The site id the room sends as (examroom.sync.site-id).")
        String site;

        @CommandLine.Parameters(index = "1", paramLabel = "KEY_FILE", description = "The room's site.pub.")
        Path keyFile;

        @Option(names = "--name", description = "A name people recognise, e.g. 'Корпус 2, ауд. 101'.")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String body = Jsons.createObjectBuilder().add("name", name == null ? site : name)
                    .add("publicKey", Files.readString(keyFile).strip()).build().toString();
            HttpResponse<String> response = connection.send("PUT", "/api/v1/sites/" + URLEncoder.encode(site, StandardCharsets.UTF_8), body);
            if (response.statusCode() != 200) {
                spec.commandLine().getErr().println("The office answered " + response.statusCode() + ": " + detail(response.body()));
                return 1;
            }
            spec.commandLine().getOut().println("Registered " + site + " / Площадка зарегистрирована.");
            spec.commandLine().getOut().println("  on the room: examroom.sync.site-id=" + site + ", examroom.sync.office-url=" + connection.office
                    + ", examroom.sync.office-ca=<a copy of the office's tls/office-ca.pem>");
            return 0;
        }
    }

    private static int print(CommandLine.Model.CommandSpec spec, Optional<String> body, Format format, List<String> columns) {
        if (body.isEmpty()) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format != Format.table) {
            out.print(body.get());
            if (!body.get().endsWith("\n")) {
                out.println();
            }
            out.flush();
            return 0;
        }
        out.print(table((JsonArray) parse(body.get()), columns));
        out.flush();
        return 0;
    }

    /** A plain text table: a header, then one line per row, columns padded to their widest cell. */
    static String table(JsonArray rows, List<String> columns) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns);
        for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
            cells.add(columns.stream().map(c -> text(row.get(c))).toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                b.append(i == widths.length - 1 ? line.get(i) : String.format(Locale.ROOT, "%-" + widths[i] + "s  ", line.get(i)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }

    private static JsonStructure parse(String body) {
        try (var reader = Jsons.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private static String detail(String body) {
        try {
            return ((JsonObject) parse(body)).getString("detail", body);
        } catch (RuntimeException notJson) {
            return body;
        }
    }
}
