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
            Reducer.Reduction r = new Reducer(toolchains, Duration.ofMinutes(20)).reduce(PADDED, KIND, 16, null, out,
                    Files.createDirectories(work.path().resolve("work")));
            String reduced = Files.readString(out);
            assertTrue(r.linesAfter() < r.linesBefore() && r.instructionsAfter() < r.instructionsBefore(), r + "\n" + reduced);
            assertTrue(r.tests() > 0, "llvm-reduce never ran the interestingness test: " + r);
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
            System.out.printf("reduce: %d -> %d lines, %d -> %d instructions, %d tests, %.1f s%n", r.linesBefore(), r.linesAfter(),
                    r.instructionsBefore(), r.instructionsAfter(), r.tests(), r.seconds());
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
        try (WorkFolder work = WorkFolder.create("iretlab-interesting-test-")) {
            Path original = Files.writeString(work.path().resolve("original.ll"), text);
            assertTrue(Interestingness.check(on16, original, toolchains).interesting(), "the padded reproducer itself");
            assertFalse(Interestingness.check(spec("llc-19"), original, toolchains).interesting(), "LLVM 19 realigns: not the bug");
            for (var e : others.entrySet()) {
                assertFalse(e.getValue().equals(text), e.getKey() + ": the edit did not apply");
                Path candidate = Files.writeString(work.path().resolve(e.getKey().replace(' ', '-') + ".ll"), e.getValue());
                Interestingness.Verdict v = Interestingness.check(on16, candidate, toolchains);
                assertFalse(v.interesting(), e.getKey() + " was called interesting: " + v.why());
            }
        }
    }

    @Test
    void reducingWithAVersionThatDoesNotShowItIsRefused() throws Exception {
        Toolchains toolchains = toolchains();
        Required.executable(Reducer.llvmReduce(19), "scripts/setup-toolchains --llc 19");
        try (WorkFolder work = WorkFolder.create("iretlab-reduce-test-")) {
            InputException e = assertThrows(InputException.class, () -> new Reducer(toolchains, Duration.ofMinutes(1))
                    .reduce(PADDED, KIND, 19, null, work.path().resolve("r.ll"), work.path()));
            assertTrue(e.getMessage().contains("no misaligned-call-site in any handler with llc-19"), e.getMessage());
            InputException old = assertThrows(InputException.class, () -> new Reducer(toolchains, Duration.ofMinutes(1))
                    .reduce(PADDED, KIND, 14, null, work.path().resolve("r.ll"), work.path()));
            assertTrue(old.getMessage().contains("reader flag"), old.getMessage());
        }
    }

}
