package org.examroom.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.examroom.room.RoomController;
import org.examroom.room.RoomSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examroom room}: runs the room controller until stopped. */
@Command(name = "room", mixinStandardHelpOptions = true,
        subcommands = {RoomMaintenanceCommands.Backup.class, RoomMaintenanceCommands.Restore.class, RoomMaintenanceCommands.VerifyAudit.class, RoomMaintenanceCommands.Trust.class},
        description = {"Runs the room controller: the room's server, with its Derby database in the data folder.",
            "Сервер аудитории: выдаёт ключи и задания терминалам, хранит ответы."})
final class RoomCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder for the database and files (default: ~/.examroom/room, or EXAMROOM_DATA).")
    Path data;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 8443, or SERVER_PORT; 0 picks a free one).")
    Integer port;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML file with settings (see docs/operations.md).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        RoomSettings settings = RoomSettings.load(Optional.ofNullable(config), Optional.ofNullable(data), Optional.ofNullable(port));
        runUntilStopped(settings, spec.commandLine().getOut(), "");
        return 0;
    }

    /** Starts the controller, says where it is, and serves until the JVM is told to stop or this thread is interrupted. */
    static void runUntilStopped(RoomSettings settings, PrintWriter out, String preface) throws InterruptedException {
        out.println(preface.isEmpty() ? "Starting the room controller…" : preface);
        out.println("  data folder: " + settings.dataDirectory());
        out.flush();
        RoomController room = RoomController.start(settings, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            room.close();
            stopped.countDown();
        }, "examroom-room-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        out.println("  database:    " + room.databaseLocation() + " (embedded Derby)");
        room.fingerprint().ifPresent(fp -> out.println("  room CA:     " + fp));
        room.caFile().ifPresent(ca -> out.println("               check it: curl --cacert " + ca + " " + room.localUri() + "/health"));
        room.bootstrapPassword().ifPresent(password -> {
            out.println("  first start: staff account '" + RoomController.BOOTSTRAP_LOGIN + "' with password " + password);
            out.println("               (shown only now; sign in at the console and create the other accounts)");
        });
        out.println("  listening:   " + room.localUri() + "/  (health: " + room.localUri() + "/health)");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        try {
            stopped.await();
        } finally {
            if (stopped.getCount() > 0 && Runtime.getRuntime().removeShutdownHook(hook)) {
                room.close();
            }
        }
    }
}
