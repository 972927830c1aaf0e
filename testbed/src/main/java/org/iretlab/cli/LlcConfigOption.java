package org.iretlab.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.iretlab.backend.Toolchains;
import picocli.CommandLine.Option;

/** Where the user's own llcs are listed: for commands that name backends, whichever way they do. */
public final class LlcConfigOption {
    @Option(names = "--llc-config", paramLabel = "FILE",
            description = "The user's llcs, one NAME=/path/to/llc per line (default: $IRETLAB_LLC_CONFIG, "
                    + "else ~/.config/iretlab/llc.conf).")
    Path llcConfig;

    Toolchains toolchains(Duration timeout) {
        return Toolchains.discover(llcConfig != null ? llcConfig : Toolchains.defaultConfig(), llcConfig != null, timeout);
    }
}
