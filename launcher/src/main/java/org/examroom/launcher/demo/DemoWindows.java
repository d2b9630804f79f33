package org.examroom.launcher.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The demo's windows: the admin console, signed in as the supervisor, and one terminal with simulated devices. JavaFX
 * launches one application per JVM, so each is a child process with this JVM's Java and class path, running the
 * launcher's own {@code console} and {@code terminal} commands. The supervisor's password reaches the console in its
 * environment, never on a command line; the children's output goes to log files in the demo folder, so the printed
 * guide stays readable.
 */
public final class DemoWindows implements AutoCloseable {

    /** The environment variable that carries the supervisor's password to the console. */
    static final String PASSWORD_VARIABLE = "EXAMROOM_DEMO_PASSWORD";

    private final List<Process> running = new ArrayList<>();
    private final Path logs;
    private volatile boolean closing;

    private DemoWindows(Path logs) {
        this.logs = logs;
    }

    /** A window to start: its name as the guide says it, and its command (output redirected to its log). */
    record Window(String name, ProcessBuilder command) { }

    /** Whether there is a screen for windows here: an X or Wayland display, and Java not told to be headless. */
    public static boolean displayAvailable() {
        return displayAvailable(System.getenv(), Boolean.getBoolean("java.awt.headless"));
    }

    static boolean displayAvailable(Map<String, String> environment, boolean toldHeadless) {
        boolean display = !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return display && !toldHeadless;
    }

    /** Starts the console and the terminal for the demo the guide describes; says on {@code out} when one closes. */
    public static DemoWindows open(DemoRoom.Guide guide, PrintWriter out) throws IOException {
        Path logs = Files.createDirectories(guide.data().resolve("logs"));
        DemoWindows started = new DemoWindows(logs);
        for (Window w : windows(guide, java(), System.getProperty("java.class.path"), logs)) {
            Process process;
            try {
                process = w.command().start();
            } catch (IOException e) {
                started.close();
                throw e;
            }
            started.running.add(process);
            process.onExit().thenAccept(p -> {
                if (!started.closing) {
                    out.println("Окно закрыто / window closed: " + w.name() + " (exit " + p.exitValue() + "; log: "
                            + w.command().redirectOutput().file() + ")");
                    out.flush();
                }
            });
        }
        return started;
    }

    /** The two windows' commands, not yet started. */
    static List<Window> windows(DemoRoom.Guide guide, Path java, String classPath, Path logs) {
        List<String> common = List.of("--controller", guide.controller().toString(), "--ca", guide.caFile().toString(), "--lang", "ru");
        List<String> console = new ArrayList<>(List.of("console"));
        console.addAll(common);
        console.addAll(List.of("--university", DemoRoom.UNIVERSITY, "--documents", guide.documents().toString(),
                "--login", DemoExam.SUPERVISOR, "--password-env", PASSWORD_VARIABLE));
        List<String> terminal = new ArrayList<>(List.of("terminal"));
        terminal.addAll(common);
        terminal.addAll(List.of("--data", guide.data().resolve("terminal").toString(), "--windowed", "--devices", "simulated"));

        ProcessBuilder consoleCommand = child(java, classPath, console, logs.resolve("console.log"));
        consoleCommand.environment().put(PASSWORD_VARIABLE, guide.supervisorPassword());
        ProcessBuilder terminalCommand = child(java, classPath, terminal, logs.resolve("terminal.log"));
        terminalCommand.environment().remove(PASSWORD_VARIABLE);
        return List.of(new Window("консоль / console", consoleCommand), new Window("терминал / terminal", terminalCommand));
    }

    private static ProcessBuilder child(Path java, String classPath, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-cp", classPath, "org.examroom.launcher.ExamRoom"));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
    }

    /** The Java this JVM runs on. */
    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Where the windows' logs are. */
    public Path logs() {
        return logs;
    }

    /** Closes the windows: asks each process to stop, then ends it if it has not within five seconds. */
    @Override
    public void close() {
        closing = true;
        for (Process p : running) {
            p.destroy();
        }
        for (Process p : running) {
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
