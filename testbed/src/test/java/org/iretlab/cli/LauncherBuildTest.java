package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./iretlab launcher's build step, run on a copy of the launcher with a stand-in mvn and java on
 * the PATH: the first build is one line on the terminal with mvn's output in a log, and a failed
 * build shows the end of that log and where the rest is.
 */
class LauncherBuildTest {
    private static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("iretlab");

    private record Result(int exit, String out, String err) {}

    private static Path script(Path dir, String name, String body) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private static Result run(Path root, Path bin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("iretlab").toString(), "--version");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out, err);
    }

    private static Path copyOfTheLauncher(Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Files.copy(LAUNCHER, root.resolve("iretlab"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("passes"));
        Files.createDirectories(root.resolve("testbed"));
        return root;
    }

    @Test
    void theFirstBuildIsOneLineWithMavensOutputInALog(@TempDir Path dir) throws Exception {
        Path root = copyOfTheLauncher(dir);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script(bin, "mvn", """
                for i in $(seq 1 50); do echo "[INFO] compiling module $i"; done
                mkdir -p testbed/target && touch testbed/target/iretlab-testbed-0.jar && echo /nowhere.jar > testbed/target/runtime-classpath.txt
                """);
        script(bin, "java", "echo \"iretlab ran\"\n");
        Result r = run(root, bin);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("iretlab ran\n", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).matches("iretlab: building iretlab \\(first run, ~\\d+ min; log: .*build\\.log\\) \\.\\.\\."), r.err());
        assertTrue(Files.readString(root.resolve("testbed/target/build.log")).contains("[INFO] compiling module 50"));

        // Built and not stale: no line at all.
        Result again = run(root, bin);
        assertEquals("", again.err());
    }

    @Test
    void aFailedBuildShowsTheEndOfItsLogAndWhereTheRestIs(@TempDir Path dir) throws Exception {
        Path root = copyOfTheLauncher(dir);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script(bin, "mvn", """
                for i in $(seq 1 100); do echo "[INFO] line $i"; done
                echo "[ERROR] Foo.java:[3,1] cannot find symbol"
                exit 1
                """);
        script(bin, "java", "echo \"iretlab ran\"\n");
        Result r = run(root, bin);
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("[ERROR] Foo.java:[3,1] cannot find symbol"), r.err());
        assertTrue(!r.err().contains("[INFO] line 1\n"), "only the end of the log: " + r.err());
        assertTrue(r.err().contains("all of it in " + root.resolve("testbed/target/build.log")), r.err());
        assertTrue(Files.readString(root.resolve("testbed/target/build.log")).contains("[INFO] line 1\n"));
    }

    /** Two launchers started together build once: the second waits for the first's build and finds nothing stale. */
    @Test
    void twoLaunchersAtOnceBuildOnce(@TempDir Path dir) throws Exception {
        Path root = copyOfTheLauncher(dir);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path builds = dir.resolve("builds");
        script(bin, "mvn", """
                echo build >> %s
                sleep 2
                mkdir -p testbed/target && touch testbed/target/iretlab-testbed-0.jar && echo /nowhere.jar > testbed/target/runtime-classpath.txt
                """.formatted(builds));
        script(bin, "java", "echo \"iretlab ran\"\n");
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return run(root, bin);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Result second = run(root, bin);
        Result one = first.get(90, TimeUnit.SECONDS);
        assertEquals(0, one.exit(), one::toString);
        assertEquals(0, second.exit(), second::toString);
        assertEquals(List.of("build"), Files.readAllLines(builds), "mvn ran once for two launchers");
    }
}
