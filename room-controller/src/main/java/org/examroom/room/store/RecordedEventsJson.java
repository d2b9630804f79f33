package org.examroom.room.store;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.io.StringReader;
import java.util.List;
import org.examroom.common.attempt.RecordedEvent;
import org.examroom.common.wire.Jsons;

/** An attempt's history as JSON: each event with its time, actor, the states it led from and to, and its data. */
public final class RecordedEventsJson {

    private RecordedEventsJson() {
    }

    public static JsonArray json(List<RecordedEvent> history) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (RecordedEvent e : history) {
            try (var reader = Jsons.createReader(new StringReader(AttemptEventCodec.data(e.event())))) {
                list.add(Jsons.createObjectBuilder().add("type", AttemptEventCodec.type(e.event())).add("at", e.at().toString())
                        .add("actor", AttemptEventCodec.actor(e.actor())).add("from", e.from().name()).add("to", e.to().name())
                        .add("data", reader.readObject()));
            }
        }
        return list.build();
    }
}
