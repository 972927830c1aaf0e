package org.iretlab.analysis;

import java.util.Optional;
import java.util.Set;
import org.iretlab.target.Triples;

/**
 * A function LLVM calls on its own on some targets, whose way of returning the ABI model does not
 * describe.
 *
 * <p>Stack probes: X86FrameLowering::emitStackProbeCall passes the frame size in AX and marks the
 * call as defining only AX, SP and EFLAGS ("all current stack probes ... preserve all registers"),
 * so no probe is an ordinary callee. On 32-bit Windows the probe allocates the frame itself (ESP -=
 * EAX, the prologue has no {@code sub esp}): {@code _chkstk} (MSVC), {@code _alloca} (MinGW) and
 * whatever {@code "probe-stack"="NAME"} names, {@code inline-asm} included, since Windows has no
 * inline probes. Everywhere else (Win64 and off Windows) LLVM subtracts AX from SP after the call
 * itself, so the probe keeps AX as well and moves nothing: {@code __chkstk} (MSVC x64, which may
 * change R10 and R11 besides, as Microsoft's x64 prolog rules allow), {@code ___chkstk_ms} (MinGW
 * x64), and the probe-stack name ({@code __rust_probestack}, {@code __probestack}).
 *
 * <p>MSVC's i64 division, remainder and multiplication helpers are stdcall: they pop their 16 bytes.
 *
 * @param basis why, as findings and stand-in comments say it
 * @param probe a stack probe: it changes only {@code changes} (no x87, MMX or vector state), whatever the ABI allows
 * @param changes the registers a probe may change (GPR families), besides SP when it allocates
 * @param allocatesEax the call moves SP down by EAX's value at the call
 * @param popped bytes of arguments the callee pops besides its return address
 */
public record RuntimeHelper(String basis, boolean probe, Set<String> changes, boolean allocatesEax, int popped) {
    private static final Set<String> WINDOWS32_PROBES = Set.of("_chkstk", "_alloca");
    /** What LLVM's RuntimeLibcalls names for i64 sdiv, udiv, srem, urem and mul on MSVC and Itanium Windows. */
    private static final Set<String> MSVC_I64 = Set.of("_alldiv", "_aulldiv", "_allrem", "_aullrem", "_allmul");

    public RuntimeHelper {
        changes = Set.copyOf(changes);
    }

    /**
     * @param triple the target's triple, or null when it is not known (then nothing is a helper)
     * @param irProbe a function of the module names this symbol as its {@code probe-stack}
     */
    static Optional<RuntimeHelper> of(String triple, String symbol, boolean irProbe) {
        if (triple == null || symbol == null) {
            return Optional.empty();
        }
        String t = triple.toLowerCase();
        // The spellings LLVM's Triple normalises to OS windows (win32, mingw32 and cygwin among them).
        boolean windows = t.contains("windows") || t.contains("win32") || t.contains("mingw") || t.contains("cygwin");
        boolean msvc = windows && (t.contains("msvc") || t.contains("itanium") || t.endsWith("win32"));
        if (Triples.is64Bit(triple)) {
            if (windows && msvc && symbol.equals("__chkstk")) {
                return Optional.of(new RuntimeHelper("MSVC's x64 stack probe: it keeps RAX and SP and may change only R10 and R11",
                        true, Set.of("r10", "r11"), false, 0));
            }
            if (irProbe || windows && symbol.equals("___chkstk_ms")) {
                return Optional.of(keepingEverything());
            }
            return Optional.empty();
        }
        if (windows && (irProbe || WINDOWS32_PROBES.contains(symbol))) {
            return Optional.of(new RuntimeHelper("a 32-bit Windows stack probe: it moves ESP down by EAX itself", true,
                    Set.of("rax"), true, 0));
        }
        if (irProbe) {
            return Optional.of(keepingEverything());
        }
        if (msvc && MSVC_I64.contains(symbol)) {
            return Optional.of(new RuntimeHelper("an MSVC i64 helper: stdcall, it pops its 16 bytes of arguments", false, Set.of(),
                    false, 16));
        }
        return Optional.empty();
    }

    /** A probe LLVM subtracts after: it takes the size in AX and keeps every register, AX included, as LLVM relies on. */
    private static RuntimeHelper keepingEverything() {
        return new RuntimeHelper("a stack probe: it keeps every register, AX included (LLVM subtracts AX from SP after it)", true,
                Set.of(), false, 0);
    }
}
