package org.iretlab.analysis;

import java.util.Optional;
import java.util.Set;
import org.iretlab.target.Triples;

/**
 * A function LLVM calls on its own on some targets, whose way of returning the ABI model does not
 * describe. On 32-bit Windows every stack probe allocates the frame itself (ESP -= EAX, the
 * prologue has no {@code sub esp}): {@code _chkstk} (MSVC), {@code _alloca} (MinGW) and whatever
 * {@code "probe-stack"="NAME"} names, {@code inline-asm} included, since Windows has no inline probes
 * (X86FrameLowering::emitStackProbeCall adds its own {@code sub} only on Win64 and off Windows).
 * MSVC's i64 division, remainder and multiplication helpers are stdcall: they pop their 16 bytes.
 *
 * @param basis why, as findings and stand-in comments say it
 * @param allocatesEax the call moves SP down by EAX's value at the call, and changes only EAX
 * @param popped bytes of arguments the callee pops besides its return address
 */
public record RuntimeHelper(String basis, boolean allocatesEax, int popped) {
    private static final Set<String> WINDOWS_PROBES = Set.of("_chkstk", "_alloca");
    /** What LLVM's RuntimeLibcalls names for i64 sdiv, udiv, srem, urem and mul on MSVC and Itanium Windows. */
    private static final Set<String> MSVC_I64 = Set.of("_alldiv", "_aulldiv", "_allrem", "_aullrem", "_allmul");

    /**
     * @param triple the target's triple, or null when it is not known (then nothing is a helper)
     * @param irProbe a function of the module names this symbol as its {@code probe-stack}
     */
    static Optional<RuntimeHelper> of(String triple, String symbol, boolean irProbe) {
        if (triple == null || symbol == null || Triples.is64Bit(triple)) {
            return Optional.empty();
        }
        String t = triple.toLowerCase();
        // The spellings LLVM's Triple normalises to OS windows (win32, mingw32 and cygwin among them).
        boolean windows = t.contains("windows") || t.contains("win32") || t.contains("mingw") || t.contains("cygwin");
        if (windows && (irProbe || WINDOWS_PROBES.contains(symbol))) {
            return Optional.of(new RuntimeHelper("a 32-bit Windows stack probe: it moves ESP down by EAX itself", true, 0));
        }
        boolean msvc = windows && (t.contains("msvc") || t.contains("itanium") || t.endsWith("win32"));
        if (msvc && MSVC_I64.contains(symbol)) {
            return Optional.of(new RuntimeHelper("an MSVC i64 helper: stdcall, it pops its 16 bytes of arguments", false, 16));
        }
        return Optional.empty();
    }
}
