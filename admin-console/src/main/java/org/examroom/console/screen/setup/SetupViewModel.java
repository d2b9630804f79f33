package org.examroom.console.screen.setup;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi;
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.client.StaffApi.PackageIdentity;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;

/**
 * Before the exam: the sealed package (its identity and whether its seals are intact, loading it, unsealing it at
 * the start with the key typed or scanned), the applicants' import with its report of rejected rows, the room's
 * grid and the automatic seating with the variants spread, and pairing codes for the terminals.
 */
public final class SetupViewModel {

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;
    private final Times times;

    private final ObjectProperty<Exam> exam = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper packageText = new ReadOnlyStringWrapper("");
    private final StringProperty unsealKey = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper importReport = new ReadOnlyStringWrapper("");
    private final StringProperty roomId = new SimpleStringProperty("");
    private final StringProperty rows = new SimpleStringProperty("5");
    private final StringProperty columns = new SimpleStringProperty("6");
    private final StringProperty seat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper pairing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringProperty roomFingerprint = new SimpleStringProperty("");

    public SetupViewModel(StaffApi api, Calls calls, Messages messages, Times times) {
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        this.times = times;
        exam.addListener((o, was, now) -> loadPackage());
    }

    public ObjectProperty<Exam> examProperty() {
        return exam;
    }

    /** The package's identity, e.g. «Математика · 2 варианта · 20 заданий · отпечаток 7F3K… · печати целы · запечатан». */
    public ReadOnlyStringProperty packageTextProperty() {
        return packageText.getReadOnlyProperty();
    }

    public StringProperty unsealKeyProperty() {
        return unsealKey;
    }

    public ReadOnlyStringProperty importReportProperty() {
        return importReport.getReadOnlyProperty();
    }

    public StringProperty roomIdProperty() {
        return roomId;
    }

    public StringProperty rowsProperty() {
        return rows;
    }

    public StringProperty columnsProperty() {
        return columns;
    }

    public StringProperty seatProperty() {
        return seat;
    }

    public ReadOnlyStringProperty pairingProperty() {
        return pairing.getReadOnlyProperty();
    }

    /**
     * The fingerprint of the room CA this console trusts, which must match the one the controller printed at its first
     * start and the one each terminal's technician checks when pairing.
     */
    public StringProperty roomFingerprintProperty() {
        return roomFingerprint;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void loadPackage() {
        Exam current = exam.get();
        if (current == null) {
            packageText.set("");
            return;
        }
        calls.run(() -> api.packageIdentity(current.id()), identity -> packageText.set(identity.map(this::describe)
                .orElse(messages.get("setup.package.none"))), this::refused);
    }

    /** Loads a sealed package file; the controller checks its signature against the office's key. */
    public void uploadPackage(Path file) {
        Exam current = exam.get();
        if (current == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            status.set(messages.get("setup.file.unreadable", file, e.getMessage()));
            return;
        }
        status.set(messages.get("setup.sending"));
        calls.run(() -> api.uploadPackage(current.id(), bytes), identity -> {
            packageText.set(describe(identity));
            status.set(messages.get("setup.package.loaded", file.getFileName()));
        }, this::refused);
    }

    /** Unseals the package at the start with the key from the sealed envelope (typed, or scanned as a QR code). */
    public void unseal() {
        Exam current = exam.get();
        String key = unsealKey.get().strip();
        if (current == null || key.isEmpty()) {
            return;
        }
        calls.run(() -> api.unseal(current.id(), key), identity -> {
            unsealKey.set("");
            packageText.set(describe(identity));
            status.set(messages.get("setup.unsealed"));
        }, this::refused);
    }

    /** Imports applicants from a CSV file (UTF-8); the report lists each rejected row with the field and the reason. */
    public void importApplicants(Path file) {
        String csv;
        try {
            csv = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            importReport.set(messages.get("setup.import.notUtf8", file.getFileName()));
            return;
        } catch (IOException e) {
            importReport.set(messages.get("setup.file.unreadable", file, e.getMessage()));
            return;
        }
        status.set(messages.get("setup.sending"));
        calls.run(() -> api.importApplicants(csv), report -> {
            status.set("");
            importReport.set(messages.get("setup.import.report", report.accepted(), report.registrations(),
                    report.rejected().size()) + report.rejected().stream()
                    .map(r -> "\n" + messages.get("setup.import.row", r.row(), r.field(), r.message()))
                    .collect(Collectors.joining()));
        }, this::refused);
    }

    /** Defines the room as a grid and seats the exam's applicants in it, the variants spread so neighbours differ. */
    public void defineRoomAndSeat() {
        Exam current = exam.get();
        String room = roomId.get().strip();
        int r;
        int c;
        try {
            r = Integer.parseInt(rows.get().strip());
            c = Integer.parseInt(columns.get().strip());
        } catch (NumberFormatException e) {
            status.set(messages.get("setup.room.numbers"));
            return;
        }
        if (current == null || room.isEmpty() || r < 1 || c < 1 || r * c > 500) {
            status.set(messages.get("setup.room.numbers"));
            return;
        }
        calls.run(() -> {
            api.defineRoom(room, room, r, c);
            return api.seat(current.id(), List.of(room));
        }, seated -> status.set(messages.get("setup.seated", seated, room)), this::refused);
    }

    /** A one-time code that pairs the terminal at the seat; it works for ten minutes. */
    public void pairingCode() {
        String room = roomId.get().strip();
        String at = seat.get().strip();
        if (room.isEmpty() || at.isEmpty()) {
            status.set(messages.get("setup.pairing.seat"));
            return;
        }
        calls.run(() -> api.pairingCode(room, at), code -> pairing.set(messages.get("setup.pairing.code", code.code(),
                at, times.clock(code.expiresAt()))), this::refused);
    }

    private String describe(PackageIdentity p) {
        return messages.get("setup.package", p.title(), p.variants().size(), p.items(), p.shortFingerprint(),
                times.schedule(p.sealedAt()), messages.get(p.sealsIntact() ? "setup.package.intact" : "setup.package.broken"),
                messages.get(p.unsealed() ? "setup.package.unsealed" : "setup.package.sealed"));
    }

    private void refused(StaffApiException e) {
        status.set(messages.get("setup.refused", e.explanation(messages.locale().getLanguage())));
    }
}
