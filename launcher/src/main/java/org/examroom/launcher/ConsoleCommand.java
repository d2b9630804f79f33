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
    URI controller = URI.create("http://localhost:8080");

    @Option(names = "--lang", paramLabel = "ru|en", description = "Language of the screens (default: ${DEFAULT-VALUE}).")
    Language lang = Language.ru;

    @Override
    public Integer call() {
        Application.launch(ConsoleApp.class, "--controller=" + controller, "--lang=" + lang);
        return 0;
    }
}
