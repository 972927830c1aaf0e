package org.iretlab.cli;

import java.time.Duration;
import org.iretlab.backend.Toolchains;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which LLVM a command compiles with, by backend name, and where the user's own llcs are listed. */
public final class LlvmOptions {
    @Option(names = "--llvm", paramLabel = "BACKEND",
            description = "embedded (the default of every command but matrix), worker-N (Bytedeco LLVM N in a child JVM), llc-N (Debian's "
                    + "/usr/lib/llvm-N/bin/llc), llc-NAME (from the llc configuration) or an llc's path. "
                    + "`iretlab backends` lists what is installed.")
    String backend;

    @Mixin
    LlcConfigOption llcConfig = new LlcConfigOption();

    /** The backend named, or {@code fallback} when --llvm was not given. */
    String backendOr(String fallback) {
        return backend != null ? backend : fallback;
    }

    Toolchains toolchains(Duration timeout) {
        return llcConfig.toolchains(timeout);
    }
}
