package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.Assembler;
import org.iretlab.llvm.CalleeAttributes;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stand-ins of a target's runtime helpers return as the helpers do there, as the analyser
 * models them (CalleeFactsTest has the same handlers): a 32-bit Windows stack probe allocates the
 * frame, an x86_64 one keeps every register, MSVC's i64 helpers pop their arguments. The controls: the same calls on i686-linux are
 * ordinary stand-ins, and a handler that frees too little after the probe is caught.
 */
class RuntimeHelperStandInTest {
    private static final String PROBE = "pushl %%eax\nmovl $8192, %%eax\ncalll %s\nmovb $1, (%%esp)\naddl $%d, %%esp\npopl %%eax\niretl";
    private static final String I64 = "pushl %%eax\npushl %%ecx\npushl %%edx\npushl $0\npushl $3\npushl $0\npushl $7\ncalll %s\n"
            + "%spopl %%edx\npopl %%ecx\npopl %%eax\niretl";
    /** What SP not back at the frame shows under QEMU: the iret faults on the words it takes (#GP), or SP is judged there. */
    private static final Set<FindingKind> SP_LOST = EnumSet.of(FindingKind.SP_AT_IRET_WRONG, FindingKind.HANDLER_FAULT,
            FindingKind.TRIPLE_FAULT, FindingKind.GPR_CLOBBERED);

    @BeforeAll
    static void qemu() {
        org.iretlab.Required.qemu();
    }

    @Test
    void aWindowsProbeAllocatesTheFrame() throws Exception {
        List<CalleeAttributes> irProbe = List.of(new CalleeAttributes("inline-asm", false, null, false, false, true));
        assertEquals(Set.of(), lost("i686-pc-windows-msvc-elf", PROBE.formatted("_chkstk", 8192), List.of()));
        assertEquals(Set.of(), lost("i686-pc-windows-msvc-elf", PROBE.formatted("\"inline-asm\"", 8192), irProbe));
        assertFalse(lost("i686-unknown-linux-gnu", PROBE.formatted("_chkstk", 8192), irProbe).isEmpty(), "off Windows a probe is ordinary");
        assertFalse(lost("i686-pc-windows-msvc-elf", PROBE.formatted("_chkstk", 4096), List.of()).isEmpty(), "the handler frees too little");
    }

    @Test
    void msvcI64HelpersPopTheirArguments() throws Exception {
        assertEquals(Set.of(), lost("i686-pc-windows-msvc-elf", I64.formatted("_alldiv", ""), List.of()));
        assertFalse(lost("i686-unknown-linux-gnu", I64.formatted("_alldiv", ""), List.of()).isEmpty(), "off MSVC an ordinary callee");
        assertFalse(lost("i686-pc-windows-msvc-elf", I64.formatted("_alldiv", "addl $16, %esp\n"), List.of()).isEmpty(),
                "popped twice");
    }

    /**
     * A probe LLVM subtracts after keeps every register, the frame size in RAX included, so SP comes
     * back and only the prologue's own RAX write shows. Controls: a handler that changes RCX around
     * the probe is caught, and the same call not named by the IR is an ordinary stand-in (its junk RAX
     * loses SP).
     */
    @Test
    void aProbeSubtractedAfterKeepsEveryRegister() throws Exception {
        String body = "%smovl $8200, %%eax\ncallq __probestack\nsubq %%rax, %%rsp\nmovb $1, (%%rsp)\naddq $8200, %%rsp\niretq";
        List<CalleeAttributes> named = List.of(new CalleeAttributes("__probestack", false, null, false, false, true));
        String linux = "x86_64-unknown-linux-gnu";
        assertEquals(Set.of(FindingKind.GPR_CLOBBERED), lost(linux, body.formatted(""), named));
        assertEquals(Set.of("rax"), clobbered(linux, body.formatted(""), named));
        assertEquals(Set.of("rax", "rcx"), clobbered(linux, body.formatted("movl $1, %ecx\n"), named), "the handler's own RCX write");
        assertTrue(lost(linux, body.formatted(""), List.of()).stream().anyMatch(k -> k != FindingKind.GPR_CLOBBERED),
                "not named by the IR: an ordinary callee");
    }

    /** The registers the oracle finds changed after the iret of a handler {@code h} of these instructions. */
    private static Set<String> clobbered(String triple, String body, List<CalleeAttributes> ir) throws Exception {
        Pattern register = Pattern.compile("%(\\w+) was");
        Set<String> out = new TreeSet<>();
        for (Oracle.Result r : results(triple, body, ir)) {
            r.verdict().findings().stream().filter(f -> f.kind() == FindingKind.GPR_CLOBBERED).map(f -> register.matcher(f.reason()))
                    .filter(Matcher::find).forEach(m -> out.add(m.group(1)));
        }
        return out;
    }

    /** The kinds of {@link #SP_LOST} the oracle reports for a handler {@code h} of these instructions. */
    private static Set<FindingKind> lost(String triple, String body, List<CalleeAttributes> ir) throws Exception {
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        results(triple, body, ir).forEach(r -> r.verdict().findings().stream().map(Finding::kind).filter(SP_LOST::contains).forEach(kinds::add));
        return kinds;
    }

    private static List<Oracle.Result> results(String triple, String body, List<CalleeAttributes> ir) throws Exception {
        String text = ".globl h\n.type h,@function\nh:\n" + body + "\n.size h, .-h\n";
        return new Oracle(Duration.ofSeconds(60)).run(Assembler.assemble("helpers.s", text, triple), triple, "",
                List.of(new StaticCheck.Handler("h", false, List.of(), List.of(), ir)), CheckOptions.defaults());
    }
}
