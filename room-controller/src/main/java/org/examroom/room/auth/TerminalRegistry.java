package org.examroom.room.auth;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.examroom.room.api.Problem;
import org.examroom.room.audit.AuditLog;

/**
 * Paired terminals and the one-time codes that pair them. Credentials are looked up in memory (every
 * heartbeat is authenticated) and kept in Derby by their hash, so a restart keeps every pairing.
 */
public final class TerminalRegistry {

    /** How long a pairing code shown on the console stays valid. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final Pattern TERMINAL_ID = Pattern.compile("T-[0-9A-HJKMNP-TV-Z]{6}");
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final DbClient db;
    private final AuditLog audit;
    private final Map<String, Principal.Terminal> byCredentialHash = new ConcurrentHashMap<>();

    public TerminalRegistry(DbClient db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        try (Stream<DbRow> rows = db.execute().namedQuery("terminals-active")) {
            rows.forEach(row -> byCredentialHash.put(row.column("CREDENTIAL_HASH").get(String.class), terminal(row)));
        }
    }

    /** A new pairing code, optionally for a seat; shown on the console and typed on the terminal. */
    public PairingCode newCode(Optional<String> roomId, Optional<String> seatLabel, Principal.Staff by, String origin) {
        return audit.write(r -> {
            Instant expires = r.now().plus(CODE_LIFETIME);
            for (int tries = 0; ; tries++) {
                String code = Secrets.newDigits(6);
                if (r.tx().namedGet("pairing-code-get", code).isPresent()) {
                    if (tries > 20) {
                        throw Problem.conflict("Too many pairing codes are open; let some expire");
                    }
                    continue;
                }
                r.tx().namedInsert("pairing-code-insert", code, roomId.orElse(""), seatLabel.orElse(""), by.id(),
                        r.now().toEpochMilli(), expires.toEpochMilli());
                r.record(by.auditName(), origin, "pairing.code.created", seatLabel.orElse("-"), AuditLog.details("room", roomId.orElse(null)));
                return new PairingCode(code, roomId, seatLabel, expires);
            }
        });
    }

    public record PairingCode(String code, Optional<String> roomId, Optional<String> seatLabel, Instant expiresAt) {
    }

    /** The outcome of pairing: the credential (shown once) and the terminal as it is now known. */
    public record Paired(String credential, Principal.Terminal terminal) {
    }

    /**
     * Trades a valid, unused code for a credential. Pairing again (a re-imaged terminal) replaces the
     * old credential, which stops working at once.
     */
    public Paired pair(String terminalId, String code, String origin) {
        if (!TERMINAL_ID.matcher(terminalId).matches()) {
            throw Problem.badRequest("terminalId", "Field 'terminalId' must look like T-7F3K2Q");
        }
        if (!CODE.matcher(code).matches()) {
            throw Problem.badRequest("code", "Field 'code' must be six digits");
        }
        String credential = Secrets.newToken();
        String hash = Secrets.sha256(credential);
        Principal.Terminal terminal = audit.write(r -> {
            DbRow row = r.tx().namedGet("pairing-code-get", code)
                    .orElseThrow(() -> Problem.forbidden("This pairing code is not known; ask for a new one"));
            if (row.column("USED_AT").get(Long.class) != null) {
                throw Problem.forbidden("This pairing code was already used; ask for a new one");
            }
            if (row.column("EXPIRES_AT").get(Long.class) < r.now().toEpochMilli()) {
                throw Problem.forbidden("This pairing code has expired; ask for a new one");
            }
            String room = row.column("ROOM_ID").get(String.class);
            String seat = row.column("SEAT_LABEL").get(String.class);
            r.tx().namedUpdate("pairing-code-use", terminalId, r.now().toEpochMilli(), code);
            if (r.tx().namedUpdate("terminal-repair", hash, orEmpty(room), orEmpty(seat), r.now().toEpochMilli(), terminalId) == 0) {
                r.tx().namedInsert("terminal-insert", terminalId, hash, orEmpty(room), orEmpty(seat), r.now().toEpochMilli());
            }
            r.record("terminal:" + terminalId, origin, "terminal.paired", terminalId, AuditLog.details("room", room, "seat", seat));
            return new Principal.Terminal(terminalId, room, seat);
        });
        byCredentialHash.values().removeIf(t -> t.id().equals(terminalId));
        byCredentialHash.put(hash, terminal);
        return new Paired(credential, terminal);
    }

    /** The terminal whose credential this is, if it is paired and not revoked. */
    public Optional<Principal.Terminal> byCredential(String credential) {
        return Optional.ofNullable(byCredentialHash.get(Secrets.sha256(credential)));
    }

    /** Revokes a terminal's credential; it must pair again. */
    public void revoke(String terminalId, Principal.Staff by, String origin) {
        long changed = audit.write(r -> {
            long n = r.tx().namedUpdate("terminal-revoke", r.now().toEpochMilli(), terminalId);
            if (n > 0) {
                r.record(by.auditName(), origin, "terminal.revoked", terminalId, AuditLog.none());
            }
            return n;
        });
        if (changed == 0) {
            throw Problem.notFound("terminalId", "No paired terminal " + terminalId);
        }
        byCredentialHash.values().removeIf(t -> t.id().equals(terminalId));
    }

    /** Every terminal that was ever paired, with its seat and whether it is revoked. */
    public List<TerminalInfo> all() {
        try (Stream<DbRow> rows = db.execute().namedQuery("terminals-all")) {
            return rows.map(row -> new TerminalInfo(terminal(row), Instant.ofEpochMilli(row.column("PAIRED_AT").get(Long.class)),
                    Optional.ofNullable(row.column("REVOKED_AT").get(Long.class)).map(Instant::ofEpochMilli))).toList();
        }
    }

    public record TerminalInfo(Principal.Terminal terminal, Instant pairedAt, Optional<Instant> revokedAt) {
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Principal.Terminal terminal(DbRow row) {
        return new Principal.Terminal(row.column("ID").get(String.class), row.column("ROOM_ID").get(String.class),
                row.column("SEAT_LABEL").get(String.class));
    }
}
