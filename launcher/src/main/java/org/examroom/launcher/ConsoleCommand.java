package org.examroom.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Path ca;

    @Option(names = "--lang", paramLabel = "ru|en", description = "Language of the screens (default: ${DEFAULT-VALUE}).")
    Language lang = Language.ru;

    @Option(names = "--university", paramLabel = "NAME", description = "The university's name at the head of the key slips.")
    String university;

    @Option(names = "--documents", paramLabel = "DIR", description = "Where the console saves documents (default: ~/ExamRoom/documents).")
    Path documents;

    @Option(names = "--login", paramLabel = "NAME", description = "Signs in at once as this staff account (with --password-env).")
    String login;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "The environment variable holding the password for --login (a password never goes on a command line).")
    String passwordEnv;

    @Override
    public Integer call() {
        Application.launch(ConsoleApp.class, applicationArguments().toArray(String[]::new));
        return 0;
    }

    /** The named parameters ConsoleApp reads; optional ones only when given, so its defaults apply. */
    List<String> applicationArguments() {
        List<String> args = new ArrayList<>(List.of("--controller=" + controller, "--lang=" + lang));
        if (ca != null) {
            args.add("--ca=" + ca.toAbsolutePath());
        }
        if (university != null) {
            args.add("--university=" + university);
        }
        if (documents != null) {
            args.add("--documents=" + documents.toAbsolutePath());
        }
        if (login != null) {
            args.add("--login=" + login);
        }
        if (passwordEnv != null) {
            args.add("--password-env=" + passwordEnv);
        }
        return args;
    }
}
