package org.iretlab.cli;

import org.iretlab.common.InertText;
import org.iretlab.common.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "iretlab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A testbed for LLVM's x86 interrupt calling convention (x86_intrcc).",
        subcommands = {ReproduceCommand.class, MatrixCommand.class, CompareCommand.class, MergeCommand.class,
            CheckCommand.class, RunCommand.class, FixCommand.class, CompileCommand.class, DiffCommand.class, BackendsCommand.class,
            ReportCommand.class, ExportLitCommand.class, ReduceCommand.class, ValidatePatchCommand.class, BenchCommand.class, ExploreCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {})
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: reproduce, matrix, compare, merge, check, run, "
                + "fix, compile, diff, backends, report, export-lit, reduce, validate-patch or bench");
    }

    /** The command line, configured as iretlab runs it (also what tests drive). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        documentExitCodes(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("iretlab: error: " + InertText.terminal(e.getMessage()));
                return ExitCodes.INPUT;
            }
            throw e;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("iretlab: error: " + InertText.terminal(e.getMessage()));
            e.getCommandLine().getErr().println("  see: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return ExitCodes.INPUT;
        });
        return cli;
    }

    /** Every command's --help lists the exit codes: its own list, or the common one. */
    private static void documentExitCodes(CommandLine command) {
        var usage = command.getCommandSpec().usageMessage();
        if (usage.exitCodeList().isEmpty()) {
            usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.help());
        }
        command.getSubcommands().values().forEach(Main::documentExitCodes);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
