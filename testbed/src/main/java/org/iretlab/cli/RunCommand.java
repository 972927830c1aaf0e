package org.iretlab.cli;

import java.util.ArrayList;
import java.util.List;
import org.iretlab.cell.Cell;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.FunctionVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run handlers on an emulated CPU (QEMU): each x86_intrcc function is linked into a small kernel "
                + "that interrupts it once per scenario (every entry stack misalignment, the x87 stack full or MMX in use, "
                + "default and other FP environments) and compares every register class, the interrupted stack and the "
                + "calls it makes to stand-ins before and after its iret.",
                "Takes the inputs of check: a .ll/.bc file (with --llvm and --pass), a handler description, or --object."})
final class RunCommand extends JudgeCommand {
    @Option(names = "--boot-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "Wall-time limit of one QEMU boot (default: ${DEFAULT-VALUE}); a scenario over it is a hang.")
    long bootLimitSeconds;

    @Override
    Oracle oracle() {
        return new Oracle(Arguments.timeout(bootLimitSeconds, "--boot-limit"));
    }

    @Override
    List<FunctionVerdict> verdicts(Cell cell) {
        List<FunctionVerdict> out = new ArrayList<>();
        for (Oracle.Result r : cell.oracle().results()) {
            List<String> notes = new ArrayList<>(r.verdict().notes());
            notes.add(String.format("%d boot(s), %.2f s of QEMU", r.boots(), r.seconds())
                    + (r.kernelHandlers() > 1 ? " (its share: its kernel held " + r.kernelHandlers() + " handlers)" : ""));
            out.add(new FunctionVerdict(r.verdict().function(), r.verdict().outcome(), r.verdict().findings(), notes));
        }
        return out;
    }
}
