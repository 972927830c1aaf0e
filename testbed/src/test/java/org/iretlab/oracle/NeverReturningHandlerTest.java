package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.Assembler;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clang's handlers of noreturn.c: those that halt for ever, spin, or call a noreturn function end
 * their own scenarios with a note saying how and where (not a fault, not a finding, not a hang
 * that costs boots), in one boot each; the handlers beside them keep their verdicts: one that halts
 * once and then returns is judged like any other, and a double-fault handler declared without its
 * error code pops the wrong words at its iret after its hlt.
 */
class NeverReturningHandlerTest {
    private static final Path DIR = Path.of("src/test/resources/oracle");

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i686"})
    void eachHandlerThatDoesNotReturnEndsItsOwnScenarios(String arch) throws Exception {
        org.iretlab.Required.qemu();
        String triple = arch + "-unknown-linux-gnu";
        Path file = DIR.resolve("clang-noreturn-" + arch + ".s");
        byte[] object = Assembler.assemble(file.toString(), Files.readString(file), triple);
        List<StaticCheck.Handler> handlers = List.of(new StaticCheck.Handler("counts", false),
                new StaticCheck.Handler("halts", false), new StaticCheck.Handler("spins", false),
                new StaticCheck.Handler("panics", false), new StaticCheck.Handler("waits", false),
                new StaticCheck.Handler("double_fault", true));
        Map<String, Oracle.Result> results = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new Oracle(
                Duration.ofSeconds(30)).run(object, triple, "", handlers, CheckOptions.defaults())).stream()
                .collect(Collectors.toMap(r -> r.verdict().function(), Function.identity()));

        for (String quiet : List.of("counts", "waits")) {
            Oracle.Result r = results.get(quiet);
            assertEquals(Outcome.OK, r.verdict().outcome(), r.verdict()::toString);
            assertEquals(0, r.notReturned(), r.verdict()::toString);
            assertTrue(r.verdict().notes().stream().noneMatch(n -> n.startsWith("did not return")), r.verdict()::toString);
        }
        assertStopped(results.get("halts"), Set.of(), "did not return: halted at 0x", "(halts+0x", ": hlt), in every scenario");
        assertStopped(results.get("spins"), Set.of(), "did not return: spins in spins (at 0x", "(spins", "), in every scenario");
        // What ran before the stop is judged: LLVM 16 calls kernel_panic with ESP as the interrupt left it on i686.
        assertStopped(results.get("panics"), arch.equals("i686") ? Set.of(FindingKind.MISALIGNED_CALL_SITE) : Set.of(),
                "did not return: called noreturn kernel_panic (the call at 0x", "(panics+0x", "), in every scenario");

        Oracle.Result doubleFault = results.get("double_fault");
        assertEquals(0, doubleFault.notReturned(), doubleFault.verdict()::toString);
        assertTrue(doubleFault.verdict().kinds().contains(FindingKind.SP_AT_IRET_WRONG), doubleFault.verdict()::toString);
    }

    /** Its scenarios ended in its own boot, each with the note, within seconds; nothing hung, and only these kinds found. */
    private static void assertStopped(Oracle.Result r, Set<FindingKind> kinds, String start, String... parts) {
        assertEquals(kinds, r.verdict().kinds(), r.verdict()::toString);
        assertTrue(r.hung().isEmpty(), r.verdict()::toString);
        assertEquals(1, r.boots());
        String note = r.verdict().notes().get(0);
        assertTrue(note.startsWith(start), note);
        for (String part : parts) {
            assertTrue(note.contains(part), note + " lacks " + part);
        }
        assertTrue(r.notReturned() > 0, r.verdict()::toString);
        assertTrue(r.seconds() < 15, "took " + r.seconds() + " s");
    }
}
