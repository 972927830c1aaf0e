package org.iretlab.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.iretlab.backend.Backend;
import org.iretlab.backend.Toolchains;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backends", mixinStandardHelpOptions = true,
        description = {"List the LLVM backends installed here, by the names --llvm takes, with each one's exact "
                + "version. Each is started once (one at a time), which also unpacks a Bytedeco version's natives "
                + "before parallel runs need them."})
final class BackendsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LlvmOptions llvm = new LlvmOptions();

    @Override
    public Integer call() {
        Toolchains toolchains = llvm.toolchains(Duration.ofSeconds(300));
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (String name : toolchains.resolve(llvm.backendOr("all"))) {
            try (Backend b = toolchains.open(name, false)) {
                out.printf("%-16s %s%n", name, b.llvmVersion());
            } catch (RuntimeException e) {
                out.printf("%-16s cannot start: %s%n", name, e.getMessage());
                failed++;
            }
            out.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.CRASH;
    }
}
