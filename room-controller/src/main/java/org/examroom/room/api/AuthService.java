package org.examroom.room.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import org.examroom.common.wire.Jsons;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.auth.StaffDirectory;

/** Staff sign-in and sign-out: {@code /api/v1/auth}. */
public final class AuthService implements HttpService {

    private final StaffDirectory staff;

    public AuthService(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/login", this::login)
                .post("/logout", this::logout)
                .get("/me", this::me);
    }

    private void login(ServerRequest req, ServerResponse res) {
        JsonObject body = Bodies.object(req, 4096);
        String login = Bodies.string(body, "login").strip();
        char[] password = Bodies.string(body, "password").toCharArray();
        var session = staff.signIn(login, password, Guard.origin(req))
                .orElseThrow(() -> Problem.unauthenticated("Wrong login or password"));
        res.send(Jsons.createObjectBuilder()
                .add("token", session.token())
                .add("expiresAt", session.expiresAt().toString())
                .add("staff", json(session.staff()))
                .add("displayName", session.staff().displayName())
                .add("role", session.staff().roles().stream().map(Enum::name).sorted().reduce((a, b) -> a + "," + b).orElse(""))
                .build());
    }

    private void logout(ServerRequest req, ServerResponse res) {
        Principal.Staff who = Guard.staff(req);
        staff.signOut(Guard.bearer(req).orElseThrow(), who, Guard.origin(req));
        res.status(204).send();
    }

    private void me(ServerRequest req, ServerResponse res) {
        res.send(json(Guard.staff(req)));
    }

    static JsonObject json(Principal.Staff s) {
        var roles = Jsons.createArrayBuilder();
        s.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        return Jsons.createObjectBuilder().add("id", s.id()).add("login", s.login())
                .add("displayName", s.displayName()).add("roles", roles).build();
    }
}
