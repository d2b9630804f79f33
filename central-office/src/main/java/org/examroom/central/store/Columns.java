package org.examroom.central.store;

import io.helidon.dbclient.DbColumn;
import io.helidon.dbclient.DbRow;
import java.util.Optional;

/**
 * Reads columns the same way on Derby (names in upper case, COUNT as INT) and PostgreSQL (names in lower
 * case, COUNT as BIGINT).
 */
public final class Columns {

    private Columns() {
    }

    public static String text(DbRow row, String name) {
        Object value = value(row, name);
        return value == null ? "" : value.toString();
    }

    public static long number(DbRow row, String name) {
        return ((Number) value(row, name)).longValue();
    }

    public static int integer(DbRow row, String name) {
        return ((Number) value(row, name)).intValue();
    }

    public static Optional<Integer> optionalInteger(DbRow row, String name) {
        Object value = value(row, name);
        return value == null ? Optional.empty() : Optional.of(((Number) value).intValue());
    }

    public static boolean bool(DbRow row, String name) {
        Object value = value(row, name);
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** The first column's number, e.g. a COUNT. */
    public static long first(DbRow row) {
        return ((Number) row.column(1).get()).longValue();
    }

    private static Object value(DbRow row, String name) {
        DbColumn column = column(row, name);
        // asOptional() and get() fail on SQL NULL here; the typed get returns null.
        return column.get(column.javaType());
    }

    private static DbColumn column(DbRow row, String name) {
        try {
            return row.column(name.toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException upper) {
            return row.column(name.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
