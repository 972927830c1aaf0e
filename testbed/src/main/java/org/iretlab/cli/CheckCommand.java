package org.iretlab.cli;

import java.util.List;
import org.iretlab.cell.Cell;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.FunctionVerdict;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Judge the interrupt safety of generated code: compile a .ll/.bc file or a handler description "
                + "with the embedded LLVM and analyse every x86_intrcc function of it, or analyse handlers in an ELF "
                + "object or executable compiled elsewhere (--object).",
                "Each finding names the instruction, its address and a one-line reason."})
final class CheckCommand extends JudgeCommand {
    @Override
    Oracle oracle() {
        return null;
    }

    @Override
    List<FunctionVerdict> verdicts(Cell cell) {
        return cell.functions();
    }
}
