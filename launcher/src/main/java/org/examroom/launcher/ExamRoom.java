package org.examroom.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code examroom}: the single entry point; each program or tool is a subcommand. */
@Command(name = "examroom",
        mixinStandardHelpOptions = true,
        versionProvider = ExamRoom.Version.class,
        description = {
            "ExamRoom runs university entrance exams in rooms and at group sites.",
            "ExamRoom проводит вступительные испытания в аудиториях и на выездных площадках.",
            ""},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'examroom COMMAND --help' for a command's options. Docs: docs/ in the repository.%n"},
        subcommands = {
            RoomCommand.class,
            OfficeCommand.class,
            TerminalCommand.class,
            ConsoleCommand.class,
            DemoCommand.class,
            ContentCommand.class,
            PackageCommand.class,
            ModelsCommand.class,
            FaceCommand.class,
            org.examroom.launcher.bench.BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class ExamRoom implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Logging.configure();
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute; tests use it with their own output streams. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ExamRoom()).setCaseInsensitiveEnumValuesAllowed(true);
        // The face benchmark answers to both names a technician might look for: bench face and face bench.
        cli.getSubcommands().get("face").addSubcommand("bench", new org.examroom.launcher.bench.FaceBenchCommand());
        return cli;
    }

    @Override
    public void run() {
        // No subcommand: show what there is to run.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ExamRoom.class.getPackage().getImplementationVersion();
            return new String[] {"ExamRoom " + (version == null ? "development" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"};
        }
    }
}
