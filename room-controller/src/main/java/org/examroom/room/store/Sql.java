package org.examroom.room.store;

import java.sql.SQLException;

/** Reading the SQL state out of the exceptions the database client wraps. */
public final class Sql {

    private Sql() {
    }

    /** Whether the failure is a unique or primary key violation (SQL state 23505). */
    public static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
