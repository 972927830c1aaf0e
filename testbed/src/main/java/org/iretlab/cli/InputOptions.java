package org.iretlab.cli;

import java.time.Duration;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.oracle.Oracle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options about how a command treats its inputs, shared by every command that compiles. */
public final class InputOptions {
    @Mixin
    HandlerOptions handler = new HandlerOptions();

    @Option(names = "--in-process",
            description = "Compile files with the embedded LLVM in this process instead of a worker JVM (faster; an LLVM crash then ends iretlab). "
                    + "Handler descriptions (--params) always compile in a worker.")
    boolean inProcess;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit of one compile in a worker (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--skip-prototype-check",
            description = "Compile even prototypes byval-frame-check refuses, to see what LLVM does (worker only: expect CRASH).")
    boolean skipPrototypeCheck;

    @Mixin
    LlvmOptions llvm = new LlvmOptions();

    Compilation open() {
        return open(CheckOptions.defaults(), null);
    }

    /** Compiles on the backend named here instead of --llvm's (diff gives each side its own). */
    Compilation open(String backend) {
        return open(backend, CheckOptions.defaults(), null);
    }

    /** Where compiles run, with how their cells are judged: the target-fact overrides, and the oracle or null. */
    Compilation open(CheckOptions checks, Oracle oracle) {
        return open(llvm.backendOr("embedded"), checks, oracle);
    }

    private Compilation open(String backend, CheckOptions checks, Oracle oracle) {
        Duration timeout = Arguments.timeout(timeoutSeconds, "--timeout");
        return new Compilation(inProcess, timeout, backend, llvm.toolchains(timeout), checks, oracle);
    }
}
