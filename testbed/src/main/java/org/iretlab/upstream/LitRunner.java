package org.iretlab.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;

/**
 * Runs a test file under the real lit with one LLVM version's llc and FileCheck (Debian's
 * /usr/lib/llvm-N/bin, from llvm-N and llvm-N-tools): the test's folder becomes a lit suite whose
 * lit.cfg.py puts that bin folder first on PATH, as an LLVM build's site config does.
 */
public final class LitRunner {
    /** What lit said: the test passed (exit 0) or failed, and its output. */
    public record Result(boolean passed, String output) {}

    private LitRunner() {}

    static Path bin(int major) {
        return Path.of("/usr/lib/llvm-" + major + "/bin");
    }

    /** True when llc, FileCheck and a lit of this version are installed. */
    public static boolean available(int major) {
        return Files.isExecutable(bin(major).resolve("llc")) && Files.isExecutable(bin(major).resolve("FileCheck")) && lit(major).isPresent();
    }

    /**
     * lit itself: the version's own (llvm-N-tools ships lit.py under build/utils/lit, or bin/lit
     * from LLVM 22), else another installed version's: lit's test format has not changed in this range.
     */
    static Optional<List<String>> lit(int major) {
        List<Integer> order = new ArrayList<>(List.of(major));
        Toolchains.DEBIAN_MAJORS.stream().filter(m -> m != major).forEach(order::add);
        for (int m : order) {
            Path script = Path.of("/usr/lib/llvm-" + m + "/build/utils/lit/lit.py");
            if (Files.isRegularFile(script)) {
                return Optional.of(List.of("python3", script.toString()));
            }
            if (Files.isExecutable(bin(m).resolve("lit"))) {
                return Optional.of(List.of(bin(m).resolve("lit").toString()));
            }
        }
        return Optional.empty();
    }

    /** Runs one test file (its folder gets the lit.cfg.py) with LLVM {@code major}'s tools. */
    public static Result run(Path test, int major) {
        return run(test, LitLlc.debian(major));
    }

    /**
     * Runs one test file with this llc and its version's FileCheck and lit: the llc is linked into
     * the suite's own bin folder, which goes on PATH before the version's.
     */
    public static Result run(Path test, LitLlc llc) {
        int major = llc.major();
        if (!available(major)) {
            throw new InputException("LLVM " + major + " has no llc, FileCheck or lit here: run scripts/setup-toolchains --llc "
                    + major + " --tools");
        }
        Path suite = test.toAbsolutePath().getParent();
        try {
            Path own = Files.createDirectories(suite.resolve("bin"));
            Files.deleteIfExists(own.resolve("llc"));
            Files.createSymbolicLink(own.resolve("llc"), llc.llc().toAbsolutePath());
            Files.writeString(suite.resolve("lit.cfg.py"), """
                    # Written by iretlab: a one-folder lit suite whose llc is %s and whose other tools are LLVM %d's.
                    import os
                    import lit.formats
                    config.name = "iretlab-export"
                    config.test_format = lit.formats.ShTest(True)
                    config.suffixes = [".ll"]
                    config.test_source_root = os.path.dirname(__file__)
                    config.environment["PATH"] = os.pathsep.join(["%s", "%s", config.environment.get("PATH", "")])
                    """.formatted(llc.backend(), major, own, bin(major)));
            List<String> command = new ArrayList<>(lit(major).orElseThrow());
            command.addAll(List.of("-v", "--no-progress-bar", test.toAbsolutePath().toString()));
            ExternalProcess.Result r = ExternalProcess.run(command, Duration.ofMinutes(2));
            if (r.timedOut() || r.exitCode() > 1) {
                throw new IllegalStateException("lit did not run " + test + " (exit " + r.exitCode() + "):\n" + r.stdout() + r.stderr());
            }
            String output = r.stdout() + r.stderr();
            boolean passed = r.exitCode() == 0 && output.contains("PASS: ");
            if (!passed && !output.contains("FAIL: ")) {
                throw new IllegalStateException("lit neither passed nor failed " + test + ":\n" + r.stdout() + r.stderr());
            }
            return new Result(passed, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run lit on " + test + ": " + e.getMessage(), e);
        }
    }
}
