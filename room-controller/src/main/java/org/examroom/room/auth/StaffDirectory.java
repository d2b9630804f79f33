package org.examroom.room.auth;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.examroom.common.exam.StaffRole;
import org.examroom.room.audit.AuditLog;

/** Staff accounts and their sessions. */
public final class StaffDirectory {

    /** How long a console session lasts without signing in again: a whole exam day. */
    public static final Duration SESSION = Duration.ofHours(14);

    private final DbClient db;
    private final AuditLog audit;
    private final PasswordHasher hasher;

    public StaffDirectory(DbClient db, AuditLog audit, PasswordHasher hasher) {
        this.db = db;
        this.audit = audit;
        this.hasher = hasher;
    }

    /** A new session for the login and password, or empty when they do not match an active account. */
    public Optional<Session> signIn(String login, char[] password, String origin) {
        Optional<DbRow> row = db.execute().namedGet("staff-by-login", login);
        // Hash even for an unknown login, so timing does not tell which logins exist.
        String stored = row.map(r -> r.column("PASSWORD_HASH").get(String.class)).orElse(DUMMY_HASH);
        boolean matches = PasswordHasher.verify(password, stored);
        Arrays.fill(password, '\0');
        if (row.isEmpty() || !matches || !row.get().column("ACTIVE").get(Boolean.class)) {
            audit.record("anonymous", origin, "staff.login.failed", login, AuditLog.none());
            return Optional.empty();
        }
        Principal.Staff staff = staff(row.get());
        String token = Secrets.newToken();
        Instant expires = audit.write(r -> {
            Instant until = r.now().plus(SESSION);
            r.tx().namedInsert("session-insert", Secrets.sha256(token), staff.id(), r.now().toEpochMilli(), until.toEpochMilli());
            r.record(staff.auditName(), origin, "staff.login", staff.id(), AuditLog.none());
            return until;
        });
        return Optional.of(new Session(token, staff, expires));
    }

    /** A session: the bearer token (shown once), who it is for, and until when. */
    public record Session(String token, Principal.Staff staff, Instant expiresAt) {
    }

    /** The staff member whose session token this is, if it is valid at {@code now}. */
    public Optional<Principal.Staff> bySession(String token, Instant now) {
        return db.execute().namedGet("staff-by-session", Secrets.sha256(token), now.toEpochMilli()).map(StaffDirectory::staff);
    }

    public void signOut(String token, Principal.Staff staff, String origin) {
        audit.write(r -> {
            r.tx().namedDelete("session-delete", Secrets.sha256(token));
            r.record(staff.auditName(), origin, "staff.logout", staff.id(), AuditLog.none());
            return null;
        });
    }

    /** Creates an account; the password is hashed here and never stored or logged in clear. */
    public void create(String id, String login, String displayName, Set<StaffRole> roles, char[] password, String actor, String origin) {
        String hash = hasher.hash(password);
        Arrays.fill(password, '\0');
        audit.write(r -> {
            r.tx().namedInsert("staff-insert", id, login, displayName,
                    roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), hash, r.now().toEpochMilli());
            r.record(actor, origin, "staff.created", id, AuditLog.details("login", login, "roles", roles));
            return null;
        });
    }

    /** Whether any account exists (a fresh controller has none). */
    public boolean empty() {
        return db.execute().namedGet("staff-count").map(r -> r.column(1).get(Number.class).longValue()).orElse(0L) == 0;
    }

    private static Principal.Staff staff(DbRow row) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String role : row.column("ROLES").get(String.class).split(",")) {
            roles.add(StaffRole.valueOf(role));
        }
        return new Principal.Staff(row.column("ID").get(String.class), row.column("LOGIN").get(String.class),
                row.column("DISPLAY_NAME").get(String.class), roles);
    }

    private static final String DUMMY_HASH = PasswordHasher.DEFAULT.hash("not a password".toCharArray());
}
