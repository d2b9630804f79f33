package org.examroom.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.examroom.launcher.demo.DemoRoom;
import org.examroom.launcher.demo.DemoWindows;
import org.examroom.launcher.demo.HeadlessDemo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examroom demo}: the demo exam on embedded Derby. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the demo exam on embedded Derby, with nothing to install or configure: the room controller"
                + " loaded with the demo exam, the admin console and a terminal window, and what to try next.",
            "Демонстрационный экзамен на встроенной базе Derby: сервер аудитории, консоль и терминал."})
final class DemoCommand implements Callable<Integer> {

    /** The demo's own data folder, apart from a real room's. */
    static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".examroom", "demo");

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the demo (default: ~/.examroom/demo).")
    Path data = DEFAULT_DATA;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 8443; 0 picks a free one).")
    Integer port;

    @Option(names = "--fresh", description = "Starts the demo over: removes what an earlier demo left in the data folder"
            + " (without it, an earlier demo there is continued).")
    boolean fresh;

    @Option(names = "--no-windows", description = "Only the room controller with the demo exam, even where there is a display.")
    boolean noWindows;

    @Option(names = "--headless", description = "Plays a whole exam with simulated terminals at accelerated time, prints a summary, and exits (non-zero if a check fails).")
    boolean headless;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (headless) {
            Path folder = data == DEFAULT_DATA ? Files.createTempDirectory("examroom-demo") : data.toAbsolutePath();
            if (fresh) {
                DemoRoom.removeEarlierDemo(folder);
            }
            if (Files.exists(folder.resolve("db"))) {
                spec.commandLine().getErr().println("The demo needs a fresh folder; " + folder
                        + " already holds a controller's database (--fresh removes it)");
                return 2;
            }
            return new HeadlessDemo(folder, out).run();
        }
        out.println("ExamRoom demo: starting the room controller on embedded Derby in " + data.toAbsolutePath() + "…");
        out.flush();
        DemoRoom room;
        try {
            room = DemoRoom.open(data, Optional.ofNullable(port), fresh, Clock.systemUTC());
        } catch (DemoRoom.DemoFolderException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        Optional<DemoWindows> windows = Optional.empty();
        DemoRoom.Windows shown;
        if (noWindows) {
            shown = new DemoRoom.Windows.NotAsked();
        } else if (!DemoWindows.displayAvailable()) {
            shown = new DemoRoom.Windows.NoDisplay();
        } else {
            windows = Optional.of(DemoWindows.open(room.guide(), out));
            shown = new DemoRoom.Windows.Opened(windows.get().logs());
        }
        room.guide().print(out, shown);
        runUntilStopped(room, windows);
        return 0;
    }

    /** Serves until the JVM is told to stop (Ctrl+C): then the windows close first, and the controller after them. */
    private static void runUntilStopped(DemoRoom room, Optional<DemoWindows> windows) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            try {
                windows.ifPresent(DemoWindows::close);
            } finally {
                room.close();
            }
        };
        Thread hook = new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "examroom-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } finally {
            if (stopped.getCount() > 0 && Runtime.getRuntime().removeShutdownHook(hook)) {
                stop.run();
            }
        }
    }
}
