package org.examroom.room.auth;

import java.util.Set;
import org.examroom.common.exam.StaffRole;

/** Who a request comes from, once its bearer token is known. */
public sealed interface Principal {

    /** How the audit trail names the caller. */
    String auditName();

    /** A signed-in member of staff. */
    record Staff(String id, String login, String displayName, Set<StaffRole> roles) implements Principal {
        public Staff {
            roles = Set.copyOf(roles);
        }

        @Override
        public String auditName() {
            return "staff:" + id;
        }
    }

    /** A paired terminal, at a seat when the pairing code named one. */
    record Terminal(String id, String roomId, String seatLabel) implements Principal {
        @Override
        public String auditName() {
            return "terminal:" + id;
        }
    }
}
