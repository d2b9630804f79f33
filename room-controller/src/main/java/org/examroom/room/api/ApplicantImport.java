package org.examroom.room.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examroom.common.exam.Accommodations;
import org.examroom.common.exam.Applicant;
import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.IdentityDocument;
import org.examroom.common.exam.PersonName;
import org.examroom.room.auth.CardSecret;

/**
 * Applicants and their registrations from CSV (comma or semicolon, as spreadsheets save it) or JSON.
 * Each row is checked on its own: good rows go in, bad rows come back with the row number, the field
 * and what is wrong.
 */
final class ApplicantImport {

    /** The CSV columns, in any order; the first five and {@code exams} are required. */
    static final List<String> COLUMNS = List.of("id", "surname", "given_name", "patronymic", "document_kind",
            "document_number", "extra_minutes", "large_print", "separate_room", "assistant", "exams", "card_id");
    private static final Set<String> REQUIRED = Set.of("id", "surname", "given_name", "document_kind", "document_number", "exams");
    private static final int MAX_EXTRA_MINUTES = 600;

    /**
     * One applicant with the exams they are registered for, and the card to register to them (normalised as
     * {@code CardSecret.normalise}) when the row names one; an empty {@code card_id} leaves their card as it is.
     */
    record Row(int number, Applicant applicant, List<String> exams, Optional<String> cardId) {
    }

    /** A rejected row: its number (1 = first data row), the field, and why. */
    record Rejection(int row, String field, String message) {
    }

    record Parsed(List<Row> rows, List<Rejection> rejected) {
    }

    private ApplicantImport() {
    }

    static Parsed csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw Problem.invalid("header", "The CSV header lacks the column(s) " + missing + "; the columns are " + COLUMNS);
            }
            List<String> unknown = header.keySet().stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!unknown.isEmpty()) {
                throw Problem.invalid("header", "Unknown column(s) " + unknown + "; the columns are " + COLUMNS);
            }
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                Function<String, String> field = name -> record.isMapped(name) && record.isSet(name) ? record.get(name) : "";
                if (!record.isConsistent()) {
                    rejected.add(new Rejection(number, "row", "The row has " + record.size() + " fields; the header has " + header.size()));
                    continue;
                }
                row(number, field, Arrays.asList(field.apply("exams").split("[\\s,]+")), rows, rejected);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw Problem.badRequest(null, "The CSV cannot be read: " + e.getMessage());
        }
        return new Parsed(rows, rejected);
    }

    static Parsed json(JsonObject body) {
        JsonArray list = Bodies.array(body, "applicants");
        List<Row> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        int number = 0;
        for (JsonValue value : list) {
            number++;
            if (!(value instanceof JsonObject o)) {
                rejected.add(new Rejection(number, "row", "Each applicant must be a JSON object"));
                continue;
            }
            JsonObject document = o.getJsonObject("document") == null ? JsonValue.EMPTY_JSON_OBJECT : o.getJsonObject("document");
            JsonObject acc = o.getJsonObject("accommodations") == null ? JsonValue.EMPTY_JSON_OBJECT : o.getJsonObject("accommodations");
            Function<String, String> field = name -> switch (name) {
                case "given_name" -> text(o.get("givenName"));
                case "document_kind" -> text(document.get("kind"));
                case "document_number" -> text(document.get("number"));
                case "extra_minutes" -> text(acc.get("extraMinutes"));
                case "large_print" -> text(acc.get("largePrint"));
                case "separate_room" -> text(acc.get("separateRoom"));
                case "assistant" -> text(acc.get("assistant"));
                case "card_id" -> text(o.get("cardId"));
                default -> text(o.get(name));
            };
            List<String> exams = new ArrayList<>();
            if (o.get("exams") instanceof JsonArray a) {
                a.forEach(v -> exams.add(text(v)));
            }
            row(number, field, exams, rows, rejected);
        }
        return new Parsed(rows, rejected);
    }

    private static String text(JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            return "";
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static void row(int number, Function<String, String> field, List<String> examList, List<Row> rows, List<Rejection> rejected) {
        List<Rejection> problems = new ArrayList<>();
        String id = field.apply("id").strip();
        if (id.isEmpty()) {
            problems.add(new Rejection(number, "id", "The applicant id is empty"));
        } else {
            try {
                Paths.checkId("id", id);
            } catch (Problem p) {
                problems.add(new Rejection(number, "id", p.getMessage()));
            }
        }
        for (String name : List.of("surname", "given_name", "document_number")) {
            if (field.apply(name).isBlank()) {
                problems.add(new Rejection(number, name, "The field '" + name + "' is empty"));
            }
        }
        IdentityDocument.Kind kind = null;
        try {
            kind = IdentityDocument.Kind.valueOf(field.apply("document_kind").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Rejection(number, "document_kind", "'" + field.apply("document_kind") + "' is not one of "
                    + Arrays.toString(IdentityDocument.Kind.values())));
        }
        int extra = 0;
        String extraText = field.apply("extra_minutes").strip();
        if (!extraText.isEmpty()) {
            try {
                extra = Integer.parseInt(extraText);
                if (extra < 0 || extra > MAX_EXTRA_MINUTES) {
                    problems.add(new Rejection(number, "extra_minutes", "Extra time must lie in 0.." + MAX_EXTRA_MINUTES + " minutes, got " + extra));
                }
            } catch (NumberFormatException e) {
                problems.add(new Rejection(number, "extra_minutes", "'" + extraText + "' is not a whole number of minutes"));
            }
        }
        boolean[] flags = new boolean[3];
        String[] flagNames = {"large_print", "separate_room", "assistant"};
        for (int i = 0; i < 3; i++) {
            String v = field.apply(flagNames[i]).strip().toLowerCase(Locale.ROOT);
            switch (v) {
                case "", "0", "false", "no", "нет", "n" -> flags[i] = false;
                case "1", "true", "yes", "да", "y" -> flags[i] = true;
                default -> problems.add(new Rejection(number, flagNames[i], "'" + v + "' is not yes/no (да/нет, true/false, 1/0)"));
            }
        }
        Set<String> exams = new LinkedHashSet<>();
        for (String e : examList) {
            if (!e.isBlank()) {
                exams.add(e.strip());
            }
        }
        if (exams.isEmpty()) {
            problems.add(new Rejection(number, "exams", "The applicant is registered for no exam"));
        }
        String cardText = field.apply("card_id").strip();
        Optional<String> card = cardText.isEmpty() ? Optional.empty() : CardSecret.normalise(cardText);
        if (!cardText.isEmpty() && card.isEmpty()) {
            // the cell is not repeated: a card id is not to be echoed back
            problems.add(new Rejection(number, "card_id", "Not a card id: 3 to 64 digits or Latin letters, with ':' or '-' between groups"));
        }
        if (!problems.isEmpty()) {
            rejected.addAll(problems);
            return;
        }
        Applicant applicant = new Applicant(new ApplicantId(id),
                PersonName.of(field.apply("surname").strip(), field.apply("given_name").strip(), field.apply("patronymic").strip()),
                new IdentityDocument(kind, field.apply("document_number").strip()),
                new Accommodations(Duration.ofMinutes(extra), flags[0], flags[1], flags[2]));
        rows.add(new Row(number, applicant, List.copyOf(exams), card));
    }
}
