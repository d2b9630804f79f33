package org.examroom.launcher.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code examroom bench NAME}: each benchmark is a subcommand that prints its figures and exits.
 * Benchmarks are not tests: they assert nothing and are compared over time (docs/benchmarks.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs a benchmark and prints its figures (p50/p99, throughput).",
            "Замеры производительности."},
        subcommands = {QrBenchCommand.class, FaceBenchCommand.class, ContentImportBench.class, RoomBench.class, GradingBench.class, JournalBench.class, TerminalStartBench.class, SyncBench.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
