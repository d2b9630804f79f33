package org.examroom.terminal.device;

import java.util.Objects;
import org.examroom.hardware.card.CardId;

/** An access key arriving from a device rather than typed. */
public sealed interface KeyEntry {

    /** A key read from the QR code of the applicant's key slip. */
    record FromSlip(String key) implements KeyEntry {
        public FromSlip {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A card tapped on the reader; the room controller knows whose key it stands for. */
    record FromCard(CardId card) implements KeyEntry {
        public FromCard {
            Objects.requireNonNull(card, "card");
        }
    }
}
