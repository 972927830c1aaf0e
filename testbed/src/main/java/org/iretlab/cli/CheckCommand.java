package org.iretlab.cli;

import java.util.List;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.CompileResult;
import org.iretlab.decode.DecodedObject;
import org.iretlab.verdict.FunctionVerdict;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Judge the interrupt safety of generated code: compile a .ll/.bc file or a handler description "
                + "with the embedded LLVM and analyse every x86_intrcc function of it, or analyse handlers in an ELF "
                + "object or executable compiled elsewhere (--object).",
                "Each finding names the instruction, its address and a one-line reason."})
final class CheckCommand extends JudgeCommand {
    @Override
    List<FunctionVerdict> judge(CompileResult compiled, String features, CheckOptions options) {
        return StaticCheck.judge(compiled, features, options);
    }

    @Override
    List<FunctionVerdict> judge(byte[] elf, DecodedObject decoded, String features, List<StaticCheck.Handler> handlers,
            CheckOptions options) {
        return StaticCheck.judge(decoded, features, handlers, options, List.of());
    }
}
