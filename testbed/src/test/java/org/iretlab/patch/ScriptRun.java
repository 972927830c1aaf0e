package org.iretlab.patch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of a script of scripts/ with a private cache and llc configuration: the tests must not touch the user's. */
record ScriptRun(int exit, String output) {
    static ScriptRun of(Path script, Path dir, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("IRETLAB_LLVM_SRC", dir.resolve("cache").toString());
        pb.environment().put("IRETLAB_LLC_CONFIG", dir.resolve("llc.conf").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script did not end");
        return new ScriptRun(p.exitValue(), out);
    }
}
