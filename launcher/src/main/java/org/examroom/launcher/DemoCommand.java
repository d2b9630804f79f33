package org.examroom.launcher;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.examroom.room.RoomSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examroom demo}: the demo exam on embedded Derby. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the demo exam on embedded Derby, with nothing to install or configure.",
            "Демонстрационный экзамен на встроенной базе Derby."})
final class DemoCommand implements Callable<Integer> {

    /** The demo's own data folder, apart from a real room's. */
    static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".examroom", "demo");

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the demo (default: ~/.examroom/demo).")
    Path data = DEFAULT_DATA;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 8443; 0 picks a free one).")
    Integer port;

    @Option(names = "--headless", description = "Plays a whole exam with simulated terminals at accelerated time, prints a summary, and exits (non-zero if a check fails).")
    boolean headless;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (headless) {
            java.nio.file.Path folder = data == DEFAULT_DATA
                    ? java.nio.file.Files.createTempDirectory("examroom-demo") : data.toAbsolutePath();
            if (java.nio.file.Files.exists(folder.resolve("db"))) {
                spec.commandLine().getErr().println("The demo needs a fresh folder; " + folder + " already holds a controller's database");
                return 2;
            }
            return new org.examroom.launcher.demo.HeadlessDemo(folder, spec.commandLine().getOut()).run();
        }
        RoomSettings settings = RoomSettings.load(Optional.empty(), Optional.of(data), Optional.ofNullable(port));
        RoomCommand.runUntilStopped(settings, spec.commandLine().getOut(),
                "ExamRoom demo: for now the demo starts the room controller on embedded Derby; "
                        + "the scripted exam (applicants, terminals, grading, documents) plays here once it is built.");
        return 0;
    }
}
