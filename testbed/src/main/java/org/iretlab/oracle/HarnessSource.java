package org.iretlab.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iretlab.analysis.TargetFacts;

/**
 * The harness kernel's assembly for handlers and their scenarios: the fixed text of
 * {@code harness32.s} or {@code harness64.s} with the handlers' gate, the trigger, the fault
 * catchers, the scenario table (a row per handler and scenario, and which handler each row runs),
 * the register patterns and a stand-in for each function a handler calls but does not define.
 * Both include {@link #PORT_IO}.
 */
final class HarnessSource {
    /** Vectors whose exceptions push an error code. */
    private static final Set<Integer> WITH_ERROR_CODE = Set.of(8, 10, 11, 12, 13, 14, 17, 21, 29, 30);
    static final int INT_VECTOR = 0x40;
    static final int NP_VECTOR = 11;

    /** An instruction of the handler at {@code offset} from its start, {@code length} bytes long. */
    record Skip(long offset, int length) {}

    /** How the handler is entered: a software interrupt, or a fault that pushes an error code (#NP). */
    enum Entry { INT, FAULT }

    /**
     * One handler of the kernel, with the names its object was linked under ({@code prefix} put before
     * each, so that handlers whose objects define or call the same names can share a kernel).
     *
     * @param handler its symbol in its own object
     * @param undefined the functions it calls but does not define, as its object names them: each gets a stand-in
     * @param facts its facts: its callees are built with the target's vector units, and each may
     *        change what the user and the IR say of it
     * @param probe the object defines {@link #PROBE}: the kernel resets it before and reports it after each scenario
     * @param avx512 its AVX-512 instructions, as offsets from its start and lengths: the #UD each raises
     *        under QEMU is skipped
     * @param noReturn the undefined functions that do not return: a call to one of their stand-ins ends the scenario
     * @param calleeEntries where its in-module callees were linked: the kernel logs SP at each entry
     */
    record Part(String prefix, String handler, List<String> undefined, TargetFacts facts, boolean probe, List<Skip> avx512,
            List<String> noReturn, List<Long> calleeEntries) {
        /** A name of its object as the kernel has it, spelled for the assembler. */
        String symbol(String name) {
            return StandIns.symbol(prefix + name);
        }
    }

    /** A row of the kernel's scenario table: which of its parts runs which scenario. */
    record Row(int part, Scenario scenario) {}

    private HarnessSource() {}

    /** The global iretlab's handler builder stores the error code into (the wrong-error-code probe). */
    static final String PROBE = "error_code_seen";

    /** The routines both harnesses share (PICs, PIT, strings for the report): {@link Kernel#link} writes them beside the harness. */
    static final String PORT_IO = "harness_io.s";
    /** The copying of an executable's sections both harnesses start with, in 32-bit code (put in, not included). */
    private static final String COPY_EXECUTABLE = "harness_executable.s";

    /**
     * @param folder where the kernel is built: the harness includes {@link #PORT_IO} from there, by absolute path
     * @param entry how every part is entered: one kernel has one trigger
     * @param rows the scenarios in the order the kernel runs them, each naming its part
     */
    static String render(Mode mode, Path folder, Entry entry, List<Part> parts, List<Row> rows) {
        String text = template(mode.template);
        boolean is64 = mode == Mode.BITS64;
        String word = is64 ? ".quad" : ".long";
        int handlerVector = entry == Entry.INT ? INT_VECTOR : NP_VECTOR;
        StringBuilder stubs = new StringBuilder();
        StringBuilder idt = new StringBuilder();
        for (int v = 0; v < 32; v++) {
            // 64-bit: #DB has its own catcher on the IST; 32-bit: #DF is a task gate, written at boot.
            if (v == handlerVector || (is64 && v == 1) || (!is64 && v == 8)) {
                continue;
            }
            if (v == 1) {
                // 32-bit: the template's catcher of the in-module callees' breakpoints.
                idt.append("        .long 1, db_break\n");
                continue;
            }
            if (v == 6) {
                // The template's own #UD catcher skips AVX-512 instructions.
                idt.append("        ").append(word).append(" 6, fault_6\n");
                continue;
            }
            if (v == 2) {
                // NMI: the template's watchdog.
                idt.append("        ").append(word).append(" 2, nmi_watchdog\n");
                continue;
            }
            String push = is64 ? "pushq" : "pushl";
            stubs.append("fault_").append(v).append(":\n");
            if (!WITH_ERROR_CODE.contains(v)) {
                stubs.append("        ").append(push).append(" $0\n");
            }
            stubs.append("        ").append(push).append(" $").append(v).append("\n        jmp fault_common\n");
            idt.append("        ").append(word).append(' ').append(v).append(", fault_").append(v).append('\n');
        }
        idt.append("        ").append(word).append(" 0x20, irq0\n");
        idt.append("        ").append(word).append(" 0x41, ring3_return\n");
        // 32-bit: each scenario points the gate at its row's handler; 64-bit: the gate jumps to it.
        idt.append("        ").append(word).append(' ').append(handlerVector).append(", ")
                .append(is64 ? "handler_gate" : parts.get(rows.get(0).part()).symbol(parts.get(rows.get(0).part()).handler()))
                .append('\n');
        if (is64) {
            idt.append("        .quad 1, db_step\n");
        }
        StringBuilder scenarioRows = new StringBuilder();
        StringBuilder rowHandlers = new StringBuilder();
        for (Row r : rows) {
            Scenario s = r.scenario();
            Part p = parts.get(r.part());
            scenarioRows.append(String.format("        .long %d, %d, 0x%x, 0x%x, 0x%x, 0x%x, %d, %d%n", s.misalign(),
                    s.fpMode() == Scenario.FpMode.MMX ? 1 : 0, s.fcw(), s.mxcsr(), s.eflags(), s.seed(), s.taskSwitched() ? 1 : 0,
                    s.fromRing3() ? (is64 ? 2 : 1) : s.stepped() ? 1 : 0));
            rowHandlers.append(String.format("        %s %s, %s, %d, callee_rows_%d, %d%n", word, p.symbol(p.handler()),
                    p.probe() ? p.symbol(PROBE) : "0", groups(p.calleeEntries()), r.part(), s.index()));
        }
        StringBuilder standIns = new StringBuilder();
        StringBuilder skips = new StringBuilder();
        StringBuilder noReturn = new StringBuilder();
        StringBuilder calleeRows = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            standIns.append(StandIns.render(mode, p.prefix(), p.undefined(), p.facts().registerFile(), p.facts().callees()));
            p.avx512().forEach(s -> skips.append(String.format("        %s %s + %d, %d%n", word, p.symbol(p.handler()), s.offset(),
                    s.length())));
            p.noReturn().forEach(n -> noReturn.append("        ").append(word).append(' ').append(p.symbol(n)).append('\n'));
            calleeRows.append("callee_rows_").append(i).append(":\n").append(breakpointRows(word, p.calleeEntries()));
        }
        return text.replace("@@ENTRY@@", entry.name().toLowerCase())
                .replace("@@PORT_IO@@", folder.resolve(PORT_IO).toAbsolutePath().toString())
                .replace("@@COPY_EXECUTABLE@@", template(COPY_EXECUTABLE))
                .replace("@@HANDLER_VECTOR@@", Integer.toString(handlerVector))
                .replace("@@IP_SKIP@@", entry != Entry.INT ? FAULT_SKIP : LANDING_SLED)
                .replace("@@LANDING_PADS@@", Integer.toString(entry != Entry.INT ? 0 : LANDING_PADS))
                .replace("@@TRIGGER3@@", entry == Entry.INT ? "        int $" + INT_VECTOR
                        : is64 ? "        movw np3_selector(%rip), %ds" : "        movw np3_selector, %ds")
                .replace("@@SCENARIOS@@", Integer.toString(rows.size()))
                .replace("@@ARM@@", entry == Entry.FAULT ? "        call pit_arm" : "")
                .replace("@@TRIGGER@@", entry == Entry.INT ? "        int $" + INT_VECTOR
                        : is64 ? "        movw np_selector(%rip), %ds" : "        movw np_selector, %ds")
                .replace("@@FAULT_STUBS@@", stubs.toString())
                .replace("@@STANDINS@@", standIns.toString())
                .replace("@@AVX512_SKIPS@@", skips + "        " + word + " 0, 0\n")
                .replace("@@NORETURN_STANDINS@@", noReturn + "        " + word + " 0\n")
                .replace("@@X87_VALUES@@", x87Values())
                .replace("@@MMX_VALUES@@", quads(0x4D4D580000000000L))
                .replace("@@XMM_VALUES@@", vectorValues(0x58, mode.xmmRegisters))
                .replace("@@YMM_VALUES@@", vectorValues(0x59, mode.xmmRegisters))
                .replace("@@SCENARIO_ROWS@@", scenarioRows.toString())
                .replace("@@ROW_HANDLERS@@", rowHandlers.toString())
                .replace("@@CALLEE_ROWS@@", calleeRows.toString())
                .replace("@@IDT_ENTRIES@@", idt.toString());
    }

    /**
     * After the faulting load: a handler that skips it (frame->ip += its length) lands on a spin,
     * which changes nothing until the armed PIT's IRQ0 reads from its own frame where the iret went.
     * Without it the harness's own code would run with the PIT still armed. Eight spins, so that a
     * handler that moves its IP up to 16 bytes past the load lands on one (an even distance) or on a
     * spin's second byte (FE EB, an undefined opcode: #UD, a fault inside what follows the load) and is
     * told apart from code gone astray: explore's two frame writes of 4 in one error-code handler
     * (explore_001657 of the third run) sent the code 8 bytes on, past the one spin there was, into
     * the harness, which was reported as a handler-fault.
     */
    private static final String FAULT_SKIP = "        .rept 8\n        jmp .\n        .endr\n";

    /**
     * One-byte landing pads after {@code int}, for a handler that moves its saved IP ({@code frame->ip += n}, as
     * explore's {@code frame-ip-write=n} bodies do). {@code nop} changes nothing that is compared, so from any pad the
     * code reaches the state's comparison as it left the iret, and the harness reads from the frame where that was.
     * 16 covers every {@code n} the builder writes (1, 2, 4) and an instruction's maximum length (15).
     */
    static final int LANDING_PADS = 16;

    private static final String LANDING_SLED = "        .fill LANDING_PADS, 1, 0x90\n";

    /** x86 has four debug address registers: each scenario watches the entries of one group of four. */
    private static final int BREAKPOINTS = 4;

    private static int groups(List<Long> entries) {
        return (entries.size() + BREAKPOINTS - 1) / BREAKPOINTS;
    }

    /**
     * A row per group: DR0-DR3, then DR7 enabling a local execution breakpoint (R/W and LEN 0) in each
     * register that holds an entry.
     */
    private static String breakpointRows(String word, List<Long> entries) {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g < groups(entries); g++) {
            long dr7 = 0;
            b.append("        ").append(word);
            for (int r = 0; r < BREAKPOINTS; r++) {
                int i = g * BREAKPOINTS + r;
                b.append(r == 0 ? " " : ", ").append(String.format("0x%x", i < entries.size() ? entries.get(i) : 0L));
                dr7 |= i < entries.size() ? 1L << (2 * r) : 0;
            }
            b.append(String.format(", 0x%x%n", dr7));
        }
        return b.toString();
    }

    /** Eight distinct extended-precision numbers: 1.5 * 2^k with a per-register mantissa. */
    private static String x87Values() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            long mantissa = 0xC000000000000000L | (0x1111111111L * (i + 1));
            b.append(String.format("        .quad 0x%016x%n        .short 0x%04x%n        .space 6%n", mantissa, 0x3FFF + i));
        }
        return b.toString();
    }

    private static String quads(long base) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(String.format("        .quad 0x%016x%n", base | (0x0101010101L * (i + 1))));
        }
        return b.toString();
    }

    /** 16 bytes per register, each word tagged with {@code tag} (X for the xmm halves, Y for the ymm upper halves) and its register. */
    private static String vectorValues(int tag, int registers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < registers; i++) {
            int base = tag << 24 | i << 16;
            b.append(String.format("        .long 0x%08x, 0x%08x, 0x%08x, 0x%08x%n", base | 1, base | 2, base | 3, base | 4));
        }
        return b.toString();
    }

    static String template(String name) {
        try (InputStream in = HarnessSource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the oracle's " + name + " is missing from iretlab's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the oracle's " + name + ": " + e.getMessage(), e);
        }
    }
}
