package org.iretlab.upstream;

import org.iretlab.target.Target;
import org.iretlab.common.WorkFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iretlab.Required;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.common.InputException;
import org.iretlab.verdict.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Reducing the padded llvm#26851 reproducer with LLVM 16's llvm-reduce gives a smaller file that
 * LLVM 16 still miscompiles the same way, and is still a real interrupt handler; the
 * interestingness test says no to each change that would make it another program.
 */
class ReduceTest {
    static final Path PADDED = Path.of("src/test/resources/org/iretlab/upstream/padded-26851.ll");
    static final FindingKind KIND = FindingKind.MISALIGNED_CALL_SITE;

    private static Toolchains toolchains() {
        Required.backend("llc-16");
        Required.backend("llc-19");
        Required.executable(Reducer.llvmReduce(16), "scripts/setup-toolchains --llc 16");
        return Toolchains.discover(null, false, Duration.ofSeconds(120));
    }

    private static KeepSpec spec(String backend) throws Exception {
        String text = Files.readString(PADDED);
        return new KeepSpec("foo", HandlerShape.of(text, "foo").orElseThrow(), "i686-unknown-linux-gnu", backend, KIND.id(),
                firstFinding(toolchains(), PADDED, text));
    }

    @Test
    void aPaddedReproducerShrinksAndKeepsItsFinding() throws Exception {
        Toolchains toolchains = toolchains();
        try (WorkFolder work = WorkFolder.create("iretlab-reduce-test-")) {
            Path out = work.path().resolve("reduced.ll");
            List<Reducer.Progress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            Reducer.Reduction r = new Reducer(toolchains, Duration.ofMinutes(20), seen::add).reduce(PADDED, KIND, "llc-16", null, out,
                    Files.createDirectories(work.path().resolve("work")));
            String reduced = Files.readString(out);
            assertTrue(r.linesAfter() < r.linesBefore() && r.instructionsAfter() < r.instructionsBefore(), r + "\n" + reduced);
            assertTrue(r.tests() > 0, "llvm-reduce never ran the interestingness test: " + r);
            // Progress was told of every candidate, in order, and the size it shows went down to the result's.
            assertEquals(r.tests(), seen.size(), seen.toString());
            assertEquals(r.tests(), seen.get(seen.size() - 1).tests());
            assertTrue(seen.get(seen.size() - 1).lines() < r.linesBefore(), seen.toString());
            assertEquals(HandlerShape.of(Files.readString(PADDED), "foo"), HandlerShape.of(reduced, "foo"), reduced);
            // Judged again from scratch: LLVM 16 still misaligns the same call as in the original
            // (its first misaligned one); LLVM 19 does not.
            String call = firstFinding(toolchains, PADDED, Files.readString(PADDED));
            CorpusCase c = HandlerFile.plain(out, reduced, Target.of("i686-unknown-linux-gnu"), Set.of(KIND));
            try (JudgedCell on16 = JudgedCell.compile(toolchains, c, c.targets().get(0), "llc-16");
                    JudgedCell on19 = JudgedCell.compile(toolchains, c, c.targets().get(0), "llc-19")) {
                assertTrue(on16.verdicts().stream().flatMap(v -> JudgedCell.of(v, Set.of(KIND)).stream())
                        .anyMatch(f -> f.assembly().equals(call)), call + "\n" + on16.cell().asm());
                assertFalse(on19.shows(Set.of(KIND)), on19.cell().asm());
            }
            System.out.printf("reduce: %d -> %d lines, %d -> %d instructions, %d tests, %.1f s (median %.0f ms per test, %.0f ms judging)%n",
                    r.linesBefore(), r.linesAfter(), r.instructionsBefore(), r.instructionsAfter(), r.tests(), r.seconds(),
                    r.medianTestMillis(), r.medianJudgeMillis());
        }
    }

    private static String firstFinding(Toolchains toolchains, Path file, String text) {
        CorpusCase c = HandlerFile.plain(file, text, Target.of("i686-unknown-linux-gnu"), Set.of(KIND));
        try (JudgedCell cell = JudgedCell.compile(toolchains, c, c.targets().get(0), "llc-16")) {
            return cell.verdicts().stream().flatMap(v -> JudgedCell.of(v, Set.of(KIND)).stream()).findFirst().orElseThrow().assembly();
        }
    }

    /** Negative controls: each of these candidates would be another program, or not the bug. */
    @Test
    void theInterestingnessTestRefusesOtherPrograms() throws Exception {
        Toolchains toolchains = toolchains();
        String text = Files.readString(PADDED);
        KeepSpec on16 = spec("llc-16");
        Map<String, String> others = Map.of(
                "renamed", text.replace("@foo(", "@foo2("),
                "not x86_intrcc", text.replace("define x86_intrcc void @foo", "define void @foo"),
                "another triple", text.replace("i686-unknown-linux-gnu", "i386-unknown-linux-gnu"),
                "other features", text.replace("+x87,+cmov", "+x87"),
                "another prototype", text.replace("@foo(ptr byval(%F32) %frame)", "@foo(ptr byval(%F32) %frame, i32 %ec)"),
                "another callee", text.replace("call i32 @mix(i32 %ip, i32 %t1)", "call i32 @read_port(i32 %ip)"),
                "no call", text.replace("  %m = call i32 @mix(i32 %ip, i32 %t1)\n", "  %m = xor i32 %ip, %t1\n")
                        .replace("  call void @bar()\n", ""));
        try (WorkFolder work = WorkFolder.create("iretlab-interesting-test-");
                Interestingness test = Interestingness.open(on16, toolchains);
                Interestingness test19 = Interestingness.open(spec("llc-19"), toolchains)) {
            Path original = Files.writeString(work.path().resolve("original.ll"), text);
            assertTrue(test.check(original).interesting(), "the padded reproducer itself");
            assertFalse(test19.check(original).interesting(), "LLVM 19 realigns: not the bug");
            for (var e : others.entrySet()) {
                assertFalse(e.getValue().equals(text), e.getKey() + ": the edit did not apply");
                Path candidate = Files.writeString(work.path().resolve(e.getKey().replace(' ', '-') + ".ll"), e.getValue());
                Interestingness.Verdict v = test.check(candidate);
                assertFalse(v.interesting(), e.getKey() + " was called interesting: " + v.why());
            }
        }
    }

    /**
     * llvm-reduce's side of the test is a bash client of this JVM: it answers with its exit status,
     * judged here without a JVM per candidate. Controls: a candidate that is another program is
     * answered no, and a request without this reduction's token is not judged at all.
     */
    @Test
    void theClientScriptAsksTheWarmServer() throws Exception {
        Toolchains toolchains = toolchains();
        String text = Files.readString(PADDED);
        List<InterestingnessServer.Answer> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (WorkFolder work = WorkFolder.create("iretlab-interesting-server-");
                Interestingness test = Interestingness.open(spec("llc-16"), toolchains);
                InterestingnessServer server = InterestingnessServer.start(test, answers::add)) {
            Path script = Files.writeString(work.path().resolve("interesting.sh"), server.client());
            assertFalse(server.client().contains("java"), server.client());
            Path original = Files.writeString(work.path().resolve("original.ll"), text);
            Path renamed = Files.writeString(work.path().resolve("renamed.ll"), text.replace("@foo(", "@foo2("));
            assertEquals(0, bash(script, original), "the padded reproducer itself");
            assertEquals(1, bash(script, renamed), "another function");
            // A relative path is the client's working directory's, whatever the server's is.
            assertEquals(0, bash(script, work.path().relativize(original)), "a relative path");
            assertEquals(3, answers.size(), answers.toString());
            assertTrue(answers.get(0).verdict().interesting() && !answers.get(1).verdict().interesting(), answers.toString());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[0-9a-f]{32}\\b").matcher(server.client());
            assertTrue(m.find(), server.client());
            String token = m.group();
            Path forged = Files.writeString(work.path().resolve("forged.sh"), server.client().replace(token, "0".repeat(32)));
            assertEquals(1, bash(forged, original), "a request without the token");
            assertEquals(3, answers.size(), "a request without the token was judged: " + answers);
            // A connection that never sends its request is dropped after the request time limit; the next is answered.
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("/dev/tcp/([^/]+)/(\\d+)").matcher(server.client());
            assertTrue(at.find(), server.client());
            try (java.net.Socket silent = new java.net.Socket(at.group(1), Integer.parseInt(at.group(2)))) {
                assertEquals(0, bash(script, original), "a request after a silent connection");
            }
            assertEquals(4, answers.size(), answers.toString());
        }
    }

    private static int bash(Path script, Path candidate) throws Exception {
        Path dir = script.getParent();
        Process p = new ProcessBuilder("bash", script.toString(), candidate.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    /** A backend given by name as every command takes it: a bare version is that version's llc. */
    @Test
    void backendNamesResolveToTheirLlvm() {
        Toolchains toolchains = toolchains();
        assertEquals("llc-16", LlvmTools.backend(toolchains, "16"));
        assertEquals("llc-16", LlvmTools.backend(toolchains, "llc-16"));
        assertEquals(16, LlvmTools.major("worker-16"));
        assertTrue(assertThrows(InputException.class, () -> LlvmTools.major("llc-mine")).getMessage().contains("a user's llc"));
        assertTrue(assertThrows(InputException.class, () -> LlvmTools.backend(toolchains, "llc-99")).getMessage().contains("installed here"));
    }

    @Test
    void reducingWithAVersionThatDoesNotShowItIsRefused() throws Exception {
        Toolchains toolchains = toolchains();
        Required.executable(Reducer.llvmReduce(19), "scripts/setup-toolchains --llc 19");
        try (WorkFolder work = WorkFolder.create("iretlab-reduce-test-")) {
            InputException e = assertThrows(InputException.class, () -> new Reducer(toolchains, Duration.ofMinutes(1), p -> {})
                    .reduce(PADDED, KIND, "llc-19", null, work.path().resolve("r.ll"), work.path()));
            assertTrue(e.getMessage().contains("no misaligned-call-site in any handler with llc-19"), e.getMessage());
            InputException old = assertThrows(InputException.class, () -> new Reducer(toolchains, Duration.ofMinutes(1), p -> {})
                    .reduce(PADDED, KIND, "llc-14", null, work.path().resolve("r.ll"), work.path()));
            assertTrue(old.getMessage().contains("reader flag"), old.getMessage());
        }
    }

}
