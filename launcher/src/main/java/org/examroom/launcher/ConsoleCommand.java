package org.examroom.launcher;

import java.net.URI;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.examroom.console.ConsoleApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examroom console}: the invigilators' desk. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Runs the admin console for room supervisors and the committee.",
            "Консоль ответственного по аудитории и членов комиссии."})
final class ConsoleCommand implements Callable<Integer> {

    @Option(names = "--controller", paramLabel = "URL", description = "The room controller (default: ${DEFAULT-VALUE}).")
    URI controller = URI.create("https://localhost:8443");

    @Option(names = "--ca", paramLabel = "FILE", description = "The room CA certificate to trust (default: ~/.examroom/room/tls/room-ca.pem when present).")
    java.nio.file.Path ca;

    @Option(names = "--lang", paramLabel = "ru|en", description = "Language of the screens (default: ${DEFAULT-VALUE}).")
    Language lang = Language.ru;

    @Override
    public Integer call() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--controller=" + controller, "--lang=" + lang));
        if (ca != null) {
            args.add("--ca=" + ca.toAbsolutePath());
        }
        Application.launch(ConsoleApp.class, args.toArray(String[]::new));
        return 0;
    }
}
