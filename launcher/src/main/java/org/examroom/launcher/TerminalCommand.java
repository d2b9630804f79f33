package org.examroom.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.application.Application;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.device.DeviceSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examroom terminal}: the applicant's kiosk. */
@Command(name = "terminal", mixinStandardHelpOptions = true,
        description = {"Runs the applicant's terminal (full-screen kiosk).",
            "Терминал поступающего: ввод ключа, правила, фото, тест."})
final class TerminalCommand implements Callable<Integer> {

    /** Real pins on a Raspberry Pi station, or simulated ones with a panel on screen. */
    enum Devices { simulated, pi }

    @Option(names = "--controller", paramLabel = "URL", description = "The room controller (default: ${DEFAULT-VALUE}).")
    URI controller = URI.create("https://localhost:8443");

    @Option(names = "--ca", paramLabel = "FILE", description = "The room CA certificate to trust (default: ~/.examroom/room/tls/room-ca.pem when present).")
    Path ca;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the terminal's id and journal (default: ~/.examroom/terminal).")
    Path data = TerminalApp.DEFAULT_DATA;

    @Option(names = "--models", paramLabel = "DIR",
            description = "The face-check models, as 'examroom models install' puts them (default: ~/.examroom/models);"
                    + " without them the terminal works on and reports face checks unavailable.")
    Path models;

    @Option(names = "--lang", paramLabel = "ru|en", description = "Language of the screens (default: ${DEFAULT-VALUE}).")
    Language lang = Language.ru;

    @Option(names = "--windowed", description = "A window instead of full screen (desktops, development).")
    boolean windowed;

    @Option(names = "--exit-code-sha256", paramLabel = "HEX",
            description = "SHA-256 (hex) of the supervisor's code that leaves kiosk mode (Ctrl+Alt+Q); without it the kiosk cannot be left from the keyboard.")
    String exitCodeSha256;

    @Option(names = "--devices", paramLabel = "simulated|pi",
            description = "Station devices: 'pi' drives the Raspberry Pi's GPIO, SPI and camera; 'simulated' runs the same"
                    + " light and button on Pi4J's mock platform with a panel on screen (default: ${DEFAULT-VALUE}).")
    Devices devices = Devices.simulated;

    @Option(names = "--camera", paramLabel = "INDEX|DEVICE|images:PATH|none",
            description = "The camera: an OpenCV index (0), a device (/dev/video2), image files played in a loop"
                    + " (images:FOLDER), or none (default: 0 on a Pi; simulated: an empty desk, slips held up from the panel).")
    String camera;

    @Option(names = "--camera-size", paramLabel = "WxH", description = "Frame size asked of the camera (default: 640x480).")
    String cameraSize;

    @Option(names = "--card-reader", paramLabel = "KIND",
            description = "none, wedge (USB reader typing the id), simulated (the panel), stdin, serial:DEVICE[@BAUD],"
                    + " mfrc522[:CE[:RSTPIN]] (default: wedge on a Pi, simulated otherwise).")
    String cardReader;

    @Option(names = "--light", paramLabel = "rgb|rgb-anode|leds[:R,G,A]",
            description = "How the status light is wired, with BCM pins (default: rgb:17,27,22).")
    String light;

    @Option(names = "--button-pin", paramLabel = "N", description = "BCM pin of the help button (default: 23).")
    Integer buttonPin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> args = applicationArguments();
        try {
            DeviceSettings.fromParameters(named(args)); // a wrong device option is told here, not as a failed window
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Application.launch(TerminalApp.class, args.toArray(String[]::new));
        return 0;
    }

    /** The named parameters as TerminalApp will see them. */
    static Map<String, String> named(List<String> args) {
        return args.stream()
                .map(arg -> arg.substring(2).split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    /** The named parameters TerminalApp reads; device options only when given, so its defaults apply. */
    List<String> applicationArguments() {
        List<String> args = new ArrayList<>(List.of(
                "--controller=" + controller, "--data=" + data.toAbsolutePath(), "--lang=" + lang));
        args.add("--windowed=" + windowed);
        args.add("--devices=" + devices);
        addIfGiven(args, "camera", camera);
        addIfGiven(args, "camera-size", cameraSize);
        addIfGiven(args, "card-reader", cardReader);
        addIfGiven(args, "light", light);
        addIfGiven(args, "button-pin", buttonPin == null ? null : buttonPin.toString());
        addIfGiven(args, "exit-code-sha256", exitCodeSha256);
        addIfGiven(args, "ca", ca == null ? null : ca.toAbsolutePath().toString());
        addIfGiven(args, "models", models == null ? null : models.toAbsolutePath().toString());
        return args;
    }

    private static void addIfGiven(List<String> args, String name, String value) {
        if (value != null) {
            args.add("--" + name + "=" + value);
        }
    }
}
