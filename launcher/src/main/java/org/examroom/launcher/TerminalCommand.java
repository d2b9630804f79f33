package org.examroom.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.examroom.terminal.TerminalApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examroom terminal}: the applicant's kiosk. */
@Command(name = "terminal", mixinStandardHelpOptions = true,
        description = {"Runs the applicant's terminal (full-screen kiosk).",
            "Терминал поступающего: ввод ключа, правила, фото, тест."})
final class TerminalCommand implements Callable<Integer> {

    @Option(names = "--controller", paramLabel = "URL", description = "The room controller (default: ${DEFAULT-VALUE}).")
    URI controller = URI.create("https://localhost:8443");

    @Option(names = "--ca", paramLabel = "FILE", description = "The room CA certificate to trust (default: ~/.examroom/room/tls/room-ca.pem when present).")
    Path ca;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the terminal's id and journal (default: ~/.examroom/terminal).")
    Path data = TerminalApp.DEFAULT_DATA;

    @Option(names = "--lang", paramLabel = "ru|en", description = "Language of the screens (default: ${DEFAULT-VALUE}).")
    Language lang = Language.ru;

    @Option(names = "--windowed", description = "A window instead of full screen (desktops, development).")
    boolean windowed;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of(
                "--controller=" + controller, "--data=" + data.toAbsolutePath(), "--lang=" + lang));
        args.add("--windowed=" + windowed);
        if (ca != null) {
            args.add("--ca=" + ca.toAbsolutePath());
        }
        Application.launch(TerminalApp.class, args.toArray(String[]::new));
        return 0;
    }
}
