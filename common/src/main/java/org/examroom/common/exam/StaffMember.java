package org.examroom.common.exam;

import java.util.EnumSet;
import java.util.Set;

/** A member of staff with the roles they hold for the day. */
public record StaffMember(StaffId id, PersonName name, Set<StaffRole> roles) {

    public StaffMember {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("staff member " + id + " has no role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean holds(StaffRole role) {
        return roles.contains(role);
    }
}
