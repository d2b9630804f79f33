package org.examroom.room.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import org.examroom.common.time.MoscowTime;
import org.examroom.common.wire.Jsons;

/**
 * The controller's clock, which is the room's authoritative time: terminals and consoles keep
 * their offset from it.
 */
public final class TimeService implements HttpService {

    private final Clock clock;

    public TimeService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::now);
    }

    private void now(ServerRequest request, ServerResponse response) {
        var now = clock.instant();
        response.send(Jsons.createObjectBuilder()
                .add("instant", now.toString())
                .add("epochMillis", now.toEpochMilli())
                .add("moscow", MoscowTime.of(now).toOffsetDateTime().toString())
                .build());
    }
}
