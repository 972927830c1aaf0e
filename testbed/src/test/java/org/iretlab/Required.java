package org.iretlab;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.iretlab.backend.Toolchains;
import org.iretlab.oracle.Oracle;

/**
 * What a test needs from the machine. On a person's machine without it the test is skipped; in CI
 * (CI=true), where .ci/run installs it, a missing one fails the test instead.
 */
public final class Required {
    private Required() {}

    /** A tool on PATH (binutils' ld, objdump, ...). */
    public static Path tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        require(false, name + " is not on PATH", "scripts/setup.sh");
        return null;
    }

    /** An executable at a known place, e.g. Debian's /usr/lib/llvm-14/bin/llc. */
    public static Path executable(Path path, String installedBy) {
        require(Files.isExecutable(path), path + " is missing", installedBy);
        return path;
    }

    /** An iretlab backend by name (worker-17, llc-16, ...). */
    public static void backend(String name) {
        require(Toolchains.discover(null, false, Duration.ofSeconds(60)).installed().contains(name), name + " is not installed",
                "scripts/setup-toolchains");
    }

    /** Debian's headless Chromium and its WebDriver, for the HTML report's checks in a browser: the browser's path. */
    public static Path chromium() {
        Path driver = Path.of("/usr/bin/chromedriver");
        Path shell = Path.of("/usr/bin/chromium-headless-shell");
        Path browser = Files.isExecutable(shell) ? shell : Path.of("/usr/bin/chromium");
        require(Files.isExecutable(driver) && Files.isExecutable(browser),
                "chromium-headless-shell (or chromium) and chromium-driver are missing", "scripts/setup.sh");
        return browser;
    }

    /** QEMU for both of the oracle's modes. */
    public static void qemu() {
        require(Oracle.available("i386-unknown-none") && Oracle.available("x86_64-unknown-none"),
                "qemu-system-i386 or qemu-system-x86_64 is missing", "scripts/setup.sh");
    }

    private static void require(boolean present, String why, String installedBy) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(why + ", and CI must have it (.ci/run runs " + installedBy + ")");
        }
        assumeTrue(false, why + ": skipped on this machine (" + installedBy + " installs it)");
    }
}
