package org.iretlab.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iretlab.Required;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * scripts/build-patched-llc without building: its answers to bad arguments, and how one source tree
 * serves diff after diff (--unpack-only stops before cmake). The tree is a stand-in with one file
 * where an LLVM tree has X86FrameLowering.cpp; nothing is downloaded.
 */
class BuildPatchedLlcScriptTest {
    private static final Path SCRIPT = Path.of("../scripts/build-patched-llc").toAbsolutePath().normalize();
    private static final String PRISTINE = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\n";

    @TempDir
    Path dir;
    Path tree;
    Path source;

    @BeforeEach
    void standInTree() throws IOException {
        Required.tool("patch");
        Required.tool("flock");
        tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("llvm/lib/Target/X86"));
        Files.writeString(tree.resolve("llvm/CMakeLists.txt"), "message(FATAL_ERROR \"stand-in\")\n");
        source = tree.resolve("llvm/lib/Target/X86/X86FrameLowering.cpp");
        Files.writeString(source, PRISTINE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--debian-source 20                  | write 19 or 22",
        "--debian-source 19 --src SRC        | both given: choose one",
        "--src SRC --jobs 0                  | --jobs 0: not a positive number",
        "--src SRC --patch MISSING           | no such file",
        "--src SRC --name 9x                 | --name 9x: use letters",
        "--src DIR                           | not an LLVM tree",
        "--bogus                             | unknown argument '--bogus'",
        "--src SRC --patch                   | --patch needs a value",
        "--jobs 2                            | --debian-source 19|22 or --src"})
    void badArgumentsSayWhatToDoAndExit2(String args, String expected) throws Exception {
        List<String> words = new ArrayList<>();
        for (String w : args.strip().split("\\s+")) {
            words.add(switch (w) {
                case "SRC" -> tree.toString();
                case "DIR" -> dir.toString();
                case "MISSING" -> dir.resolve("missing.diff").toString();
                default -> w;
            });
        }
        ScriptRun r = run(words.toArray(String[]::new));
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains(expected), r.output());
        assertFalse(r.output().contains("line "), "a bash error, not the script's own message: " + r.output());
    }

    @Test
    void aNewDiffRevertsThePreviousOneFirstAndNoDiffMeansPristine() throws Exception {
        Path first = diff("first.diff", "one", "ONE");
        Path second = diff("second.diff", "nine", "NINE");

        ScriptRun r = prepare(first);
        assertEquals(0, r.exit(), r.output());
        assertEquals(PRISTINE.replace("one\n", "ONE\n"), Files.readString(source));

        r = prepare(second);
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("reverted the earlier first.diff"), r.output());
        assertEquals(PRISTINE.replace("nine\n", "NINE\n"), Files.readString(source), "the first diff must be gone");

        r = prepare(second);
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("already has exactly these patches"), r.output());
        assertEquals(PRISTINE.replace("nine\n", "NINE\n"), Files.readString(source));

        r = prepare();
        assertEquals(0, r.exit(), r.output());
        assertEquals(PRISTINE, Files.readString(source));
    }

    @Test
    void aTreeChangedByHandIsReportedAndLeftAsItIs() throws Exception {
        Path first = diff("first.diff", "one", "ONE");
        Path second = diff("second.diff", "nine", "NINE");
        assertEquals(0, prepare(first, second).exit());
        String byHand = Files.readString(source).replace("ONE\n", "mine\n");
        Files.writeString(source, byHand);

        ScriptRun r = prepare(second);
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("cannot revert the earlier first.diff"), r.output());
        assertTrue(r.output().contains("changed by hand"), r.output());
        // second.diff was reverted before first.diff failed; first.diff's own lines stay untouched.
        assertEquals(byHand.replace("NINE\n", "nine\n"), Files.readString(source));
    }

    @Test
    void aDiffForAnotherTreeIsRefusedBeforeAnythingChanges() throws Exception {
        Path foreign = diff("foreign.diff", "one", "ONE");
        Files.writeString(foreign, Files.readString(foreign).replace("-one", "-uno"));

        ScriptRun r = prepare(foreign);
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("foreign.diff does not apply to"), r.output());
        assertEquals(PRISTINE, Files.readString(source));
    }

    @Test
    void aSecondRunOnTheSameTreeIsRefusedWhileTheFirstWorks() throws Exception {
        Path first = diff("first.diff", "one", "ONE");
        // flock holds the tree's lock the way a running build does, until its stdin closes.
        Process holder = new ProcessBuilder("flock", tree.resolve(".iretlab-lock").toString(), "sh", "-c", "echo held; cat")
                .redirectErrorStream(true).start();
        try {
            assertEquals("held", new String(holder.getInputStream().readNBytes(4), StandardCharsets.UTF_8));
            ScriptRun r = prepare(first);
            assertEquals(2, r.exit(), r.output());
            assertTrue(r.output().contains("another build-patched-llc is working on"), r.output());
            assertEquals(PRISTINE, Files.readString(source));
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals(0, prepare(first).exit(), "once the other run has ended");
    }

    /** A -p1 diff of the stand-in source replacing one line, as git diff writes it. */
    private Path diff(String name, String from, String to) throws IOException {
        String[] lines = PRISTINE.split("\n");
        int at = List.of(lines).indexOf(from);
        int start = Math.max(0, at - 3);
        int end = Math.min(lines.length, at + 4);
        StringBuilder hunk = new StringBuilder();
        for (int i = start; i < end; i++) {
            hunk.append(i == at ? "-" + from + "\n+" + to + "\n" : " " + lines[i] + "\n");
        }
        int n = end - start;
        String text = "--- a/llvm/lib/Target/X86/X86FrameLowering.cpp\n+++ b/llvm/lib/Target/X86/X86FrameLowering.cpp\n"
                + "@@ -" + (start + 1) + "," + n + " +" + (start + 1) + "," + n + " @@\n" + hunk;
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private ScriptRun prepare(Path... diffs) throws Exception {
        List<String> args = new ArrayList<>(List.of("--src", tree.toString(), "--unpack-only"));
        for (Path d : diffs) {
            args.add("--patch");
            args.add(d.toString());
        }
        return run(args.toArray(String[]::new));
    }

    private ScriptRun run(String... args) throws Exception {
        return ScriptRun.of(SCRIPT, dir, List.of(args));
    }
}
