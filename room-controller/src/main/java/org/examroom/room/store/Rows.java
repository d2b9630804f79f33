package org.examroom.room.store;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.Optional;

/** Reading columns of Derby rows (upper-case names) without ceremony. */
public final class Rows {

    private Rows() {
    }

    public static String string(DbRow row, String column) {
        return row.column(column).get(String.class);
    }

    public static Optional<String> optionalString(DbRow row, String column) {
        return Optional.ofNullable(row.column(column).get(String.class));
    }

    public static long longValue(DbRow row, String column) {
        return row.column(column).get(Number.class).longValue();
    }

    public static int intValue(DbRow row, String column) {
        return row.column(column).get(Number.class).intValue();
    }

    public static boolean bool(DbRow row, String column) {
        return row.column(column).get(Boolean.class);
    }

    public static Optional<Instant> instant(DbRow row, String column) {
        Number n = row.column(column).get(Number.class);
        return n == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(n.longValue()));
    }

    /** The first column of a COUNT(*) row. */
    public static long count(Optional<DbRow> row) {
        return row.map(r -> r.column(1).get(Number.class).longValue()).orElse(0L);
    }
}
