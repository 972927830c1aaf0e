package org.iretlab.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.iretlab.backend.Backend;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.Progress;
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
        List<String> names = toolchains.resolve(llvm.backendOr("all"));
        try (Progress progress = Progress.start("backends", names.size())) {
            for (String name : names) {
                progress.item("starting " + name);
                String line;
                try (Backend b = toolchains.open(name, false)) {
                    line = String.format("%-16s %s", name, b.llvmVersion());
                } catch (RuntimeException e) {
                    line = String.format("%-16s cannot start: %s", name, e.getMessage());
                    failed++;
                }
                progress.clearLine();
                out.println(line);
                out.flush();
                progress.step();
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.CRASH;
    }
}
