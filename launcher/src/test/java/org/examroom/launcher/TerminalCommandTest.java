package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examroom.terminal.device.CardReaderChoice;
import org.examroom.terminal.device.DeviceSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The terminal's device options reach TerminalApp as the named parameters its device settings read. */
class TerminalCommandTest {

    private static Map<String, String> named(String... args) {
        TerminalCommand command = new TerminalCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return TerminalCommand.named(command.applicationArguments());
    }

    @Test
    void aPiStationsOptionsBecomeItsDeviceSettings() {
        Map<String, String> named = named("--devices", "pi", "--card-reader", "mfrc522", "--camera", "/dev/video0",
                "--light", "leds:5,6,13", "--button-pin", "26");
        DeviceSettings settings = DeviceSettings.fromParameters(named);
        assertThat(settings.mode()).isEqualTo(DeviceSettings.Mode.PI);
        assertThat(settings.cardReader()).isEqualTo(new CardReaderChoice.Mfrc522(0, 25));
        assertThat(settings.buttonPin()).isEqualTo(26);
        assertThat(settings.lightPins().amber()).isEqualTo(13);
    }

    @Test
    void aWrongDeviceOptionIsRefusedBeforeAnyWindowOpens() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cli = ExamRoom.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true));
        assertThat(cli.execute("terminal", "--card-reader", "magstripe")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown card reader 'magstripe'", "wedge");
        assertThat(cli.execute("terminal", "--light", "leds:5")).isEqualTo(2);
        assertThat(err.toString()).contains("three pins");
    }

    @Test
    void theModelFolderReachesTheTerminalOnlyWhenGiven() {
        assertThat(named("--models", "/media/usb/models")).containsEntry("models", "/media/usb/models");
        assertThat(named()).doesNotContainKey("models"); // TerminalApp then takes ~/.examroom/models
    }

    @Test
    void withoutDeviceOptionsTheTerminalSimulates() {
        Map<String, String> named = named();
        assertThat(named).containsEntry("devices", "simulated").doesNotContainKeys("camera", "card-reader", "light");
        assertThat(DeviceSettings.fromParameters(named)).isEqualTo(DeviceSettings.simulated());
    }
}
