package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The handlers of in-module-callee.ll call functions of their own module, which run for real: the
 * oracle judges SP at their entries (breakpoints there) as the analyser judges it at their calls,
 * and the two agree. {@code many} reaches six callees, more than the four debug address registers,
 * two of them only through another callee.
 */
class InModuleCalleeTest {
    private static final Path DIR = Path.of("src/test/resources/oracle");
    private static final List<String> HANDLERS = List.of("handler", "many");

    @ParameterizedTest
    @CsvSource({"base-i386-in-module-call.s, false", "broken-i386-in-module-call-llvm14.s, true",
            "base-x86_64-in-module-call.s, false", "broken-x86_64-in-module-call.s, true"})
    void staticAndOracleAgreeOnTheAlignmentAtInModuleCalls(String name, boolean misaligned) throws Exception {
        org.iretlab.Required.qemu();
        Path file = DIR.resolve(name);
        String text = Files.readString(file);
        String triple = OracleControlsTest.header(text, "triple");
        byte[] object = Assembler.assemble(file.toString(), text, triple);
        List<StaticCheck.Handler> handlers = HANDLERS.stream().map(h -> new StaticCheck.Handler(h, false)).toList();
        Map<String, FunctionVerdict> statically = StaticCheck.judge(ObjectDecoder.decode(object, triple), "", handlers,
                CheckOptions.defaults(), List.of()).stream().collect(Collectors.toMap(FunctionVerdict::function, Function.identity()));
        Map<String, Oracle.Result> oracle = new Oracle(Duration.ofSeconds(60)).run(object, triple, "", handlers,
                CheckOptions.defaults()).stream().collect(Collectors.toMap(r -> r.verdict().function(), Function.identity()));

        for (String h : HANDLERS) {
            FunctionVerdict dynamic = oracle.get(h).verdict();
            boolean found = dynamic.kinds().contains(FindingKind.MISALIGNED_CALL_SITE);
            assertEquals(statically.get(h).kinds().contains(FindingKind.MISALIGNED_CALL_SITE), found,
                    () -> h + ": static " + statically.get(h) + ", oracle " + dynamic);
            // Only the x86-64 control's edit is in `handler`; LLVM 14 misaligns every call of both.
            assertEquals(misaligned && (h.equals("handler") || triple.startsWith("i386")), found, dynamic::toString);
        }
        if (misaligned && triple.startsWith("i386")) {
            List<Finding> many = oracle.get("many").verdict().findings();
            for (String callee : List.of("first", "second", "fourth", "fifth")) {
                assertTrue(many.stream().anyMatch(f -> f.reason().contains("at the call to " + callee + " (in-module")), many::toString);
            }
            // count and third, entered only from other callees, are watched in the scenarios of the second group of four.
            assertTrue(many.stream().anyMatch(f -> f.reason().matches(".*at the call to (count|third) \\(in-module, run for real, "
                    + "called from 0x.*")), many::toString);
        }
        assertEquals(Set.of(), oracle.values().stream().flatMap(r -> r.hung().stream()).collect(Collectors.toSet()));
    }
}
