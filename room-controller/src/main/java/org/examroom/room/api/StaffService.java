package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.examroom.common.exam.StaffRole;
import org.examroom.common.wire.Jsons;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.auth.StaffDirectory;
import org.examroom.room.store.Sql;

/** Staff accounts: {@code POST /api/v1/staff} creates one (supervisors only). */
public final class StaffService implements HttpService {

    /** Shorter passwords are refused: they fall to guessing even against a slow hash. */
    public static final int MIN_PASSWORD = 10;
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    private final StaffDirectory staff;

    public StaffService(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::create);
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        JsonObject body = Bodies.object(req, 8192);
        String login = Bodies.string(body, "login").strip();
        if (!LOGIN.matcher(login).matches()) {
            throw Problem.invalid("login", "A login is 2–64 lower-case Latin letters, digits, '.', '_' or '-', starting with a letter");
        }
        String displayName = Bodies.string(body, "displayName").strip();
        if (displayName.isEmpty()) {
            throw Problem.invalid("displayName", "Field 'displayName' must not be blank");
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (JsonValue v : Bodies.array(body, "roles")) {
            if (!(v instanceof JsonString s)) {
                throw Problem.badRequest("roles", "Field 'roles' must list role names");
            }
            try {
                roles.add(StaffRole.valueOf(s.getString()));
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("roles", "Unknown role '" + s.getString() + "'; roles are " + java.util.Arrays.toString(StaffRole.values()));
            }
        }
        if (roles.isEmpty()) {
            throw Problem.invalid("roles", "A staff member needs at least one role");
        }
        String password = Bodies.string(body, "password");
        if (password.length() < MIN_PASSWORD) {
            throw Problem.invalid("password", "A password needs at least " + MIN_PASSWORD + " characters");
        }
        String id = Bodies.optionalString(body, "id").orElse("S-" + login.toUpperCase());
        try {
            staff.create(id, login, displayName, roles, password.toCharArray(), by.auditName(), Guard.origin(req));
        } catch (RuntimeException e) {
            if (Sql.isDuplicate(e)) {
                throw Problem.conflict("A staff account with login '" + login + "' or id '" + id + "' already exists");
            }
            throw e;
        }
        res.status(201).send(Jsons.createObjectBuilder().add("id", id).add("login", login).build());
    }
}
