package org.examroom.room.store;

import io.helidon.dbclient.DbClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Backups of a controller's data folder: online, while the controller runs (Derby's own consistent
 * backup of the database, plus the files beside it), and a restore into a stopped controller's folder.
 */
public final class Backups {

    /** The folders of the data folder a backup carries besides the database. */
    static final List<String> FOLDERS = List.of("evidence", "tls", "packages", "sync", "trust", "cards");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /**
     * Makes a backup under {@code <backups>/<UTC time>/} while the controller runs: {@code db/} is Derby's
     * transactionally consistent copy; the other folders are copied file by file (files there are only ever
     * added whole, never changed). Returns the backup's folder.
     */
    public static Path online(DbClient db, Path dataDirectory, Path backups, Instant now) {
        Path target = backups.resolve(NAME.format(now));
        try {
            Files.createDirectories(target);
            db.execute().dml("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)", target.toString());
            for (String folder : FOLDERS) {
                copyTree(dataDirectory.resolve(folder), target.resolve(folder));
            }
            Files.writeString(target.resolve("BACKUP.txt"), "ExamRoom room controller backup made " + now
                    + "\nRestore into a stopped controller: examroom room restore --from " + target + " --data <DIR>\n");
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup to " + target + " failed", e);
        }
    }

    /**
     * Restores a backup into {@code dataDirectory}, which must not hold a database (move the old one away
     * first): Derby rebuilds the database from the backup, then the files are copied back.
     */
    public static void restore(Path backup, Path dataDirectory) {
        Path db = backup.resolve("db");
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException(backup + " is not a controller backup: it has no db/ folder");
        }
        if (Files.exists(dataDirectory.resolve("db"))) {
            throw new IllegalArgumentException(dataDirectory + " already holds a database; move " + dataDirectory.resolve("db")
                    + " away before restoring over it");
        }
        try {
            Files.createDirectories(dataDirectory);
            String url = "jdbc:derby:" + dataDirectory.resolve("db") + ";restoreFrom=" + db.toAbsolutePath();
            DriverManager.getConnection(url).close();
            try {
                DriverManager.getConnection("jdbc:derby:" + dataDirectory.resolve("db") + ";shutdown=true").close();
            } catch (SQLException e) {
                if (!"08006".equals(e.getSQLState())) {
                    throw e;
                }
            }
            for (String folder : FOLDERS) {
                copyTree(backup.resolve(folder), dataDirectory.resolve(folder));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Derby could not restore " + db + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Restoring files from " + backup + " failed", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.getFileName().toString().endsWith(".part")) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
