package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tool a test needs from the machine. On a person's machine without it the test is skipped; in
 * CI (CI=true), where .ci/run installs it, a missing tool fails the test instead.
 */
final class RequiredTool {
    private RequiredTool() {}

    static Path find(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String why = name + " is not on PATH";
        if ("true".equals(System.getenv("CI"))) {
            fail(why + ", and CI must have it (.ci/run installs it)");
        }
        assumeTrue(false, why + ": skipped on this machine");
        return null;
    }
}
