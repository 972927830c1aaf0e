package org.iretlab.oracle;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.common.InputException;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Side;

/**
 * The execution oracle: each handler is linked into a harness kernel and booted under QEMU, which
 * delivers one interrupt per scenario; the machine state before and after is compared and every
 * difference is a finding, with the scenarios that show it. A scenario that hangs or triple-faults
 * ends only itself: the batch is booted again without it and without the finished ones.
 */
public final class Oracle {
    /**
     * What the oracle saw of one handler.
     *
     * @param lazyFp what the CR0.TS=1 scenario showed: the vector that ended it ({@code #NM} when the handler
     *        touches FP state), {@code no-fault}, {@code astray} (its code ran off after the iret), {@code triple-fault},
     *        or null when it hung
     * @param skippedAvx512 how many AVX-512 instructions QEMU could not run and the harness skipped: when
     *        not 0, an absence of findings proves nothing
     * @param notReturned the scenarios the handler did not return from (it halted, spun or called a noreturn
     *        function: the notes say which); what follows an iret was not seen in them
     * @param unjudged the kinds no scenario got to judge: the state after the iret when the handler faulted before it,
     *        went astray or was sent inside the instruction that entered it in every scenario, and calls when it also made
     *        none; a static finding of one of them is no disagreement
     */
    public record Result(FunctionVerdict verdict, String lazyFp, int skippedAvx512, int scenarios, int boots, double seconds,
            List<String> hung, int notReturned, Set<FindingKind> unjudged) {
        public Result {
            unjudged = Set.copyOf(unjudged);
        }
    }

    /**
     * The kinds this oracle decides (design.md: the kinds of side "both" it observes, and its own):
     * a static finding of one of the "both" kinds should show here too, and the other way round.
     */
    public static final Set<FindingKind> DECIDES = EnumSet.of(FindingKind.MISALIGNED_STACK_ACCESS,
            FindingKind.MISALIGNED_CALL_SITE, FindingKind.SP_AT_IRET_WRONG, FindingKind.GPR_CLOBBERED,
            FindingKind.VECTOR_CLOBBERED, FindingKind.X87_STATE_CLOBBERED, FindingKind.MMX_STATE_CLOBBERED,
            FindingKind.MXCSR_CLOBBERED, FindingKind.MISSING_CLD, FindingKind.FLAGS_CLOBBERED,
            FindingKind.STACK_MEMORY_CLOBBERED, FindingKind.HANDLER_FAULT, FindingKind.TRIPLE_FAULT,
            FindingKind.WRONG_ERROR_CODE, FindingKind.STACK_BELOW_SP_USE, FindingKind.SEGMENT_CLOBBERED);

    /**
     * Where the static verdict and the oracle disagree: kinds both sides decide that only one of
     * them found. Each is a bug in one of them until explained.
     *
     * @param complete the whole handler ran and returned; when AVX-512 instructions were skipped, or a
     *        scenario did not return, a kind the oracle did not find is no disagreement
     * @param unjudged kinds the oracle did not get to judge ({@link #unjudged}): their absence is no disagreement either
     */
    public static List<String> disagreements(Set<FindingKind> staticKinds, Set<FindingKind> oracleKinds,
            boolean complete, Set<FindingKind> unjudged) {
        List<String> out = new ArrayList<>();
        for (FindingKind k : DECIDES) {
            if (k.side != Side.BOTH) {
                continue;
            }
            if (staticKinds.contains(k) && !oracleKinds.contains(k) && complete && !unjudged.contains(k)) {
                out.add(k.id() + ": found statically, not under QEMU");
            } else if (!staticKinds.contains(k) && oracleKinds.contains(k)) {
                out.add(k.id() + ": found under QEMU, not statically");
            }
        }
        return out;
    }

    /** The kinds none of these handlers' scenarios judged (each handler's {@link Result#unjudged}, in all of them). */
    public static Set<FindingKind> unjudged(List<Result> results) {
        if (results.isEmpty()) {
            return Set.of();
        }
        Set<FindingKind> out = EnumSet.allOf(FindingKind.class);
        results.forEach(r -> out.retainAll(r.unjudged()));
        return out;
    }

    private final Duration bootLimit;
    private final boolean quick;

    /** @param bootLimit the wall-time limit of one boot (generous: 20 times a normal boot or more) */
    public Oracle(Duration bootLimit) {
        this(bootLimit, false);
    }

    private Oracle(Duration bootLimit, boolean quick) {
        this.bootLimit = bootLimit;
        this.quick = quick;
    }

    /** This oracle on {@link Scenario#quick}'s few scenarios instead of the standard set. */
    public Oracle quick() {
        return new Oracle(bootLimit, true);
    }

    /** True when this machine has the QEMU the oracle needs for the triple. */
    public static boolean available(String triple) {
        return Qemu.installed(Mode.of(triple));
    }

    public List<Result> run(byte[] object, String triple, String features, List<StaticCheck.Handler> handlers,
            CheckOptions options) {
        List<Result> out = new ArrayList<>();
        for (StaticCheck.Handler h : handlers) {
            out.add(runHandler(object, triple, features, h, options));
        }
        return out;
    }

    private Result runHandler(byte[] object, String triple, String features, StaticCheck.Handler h, CheckOptions options) {
        try (KeptFolder folder = new KeptFolder(h.symbol())) {
            List<HarnessSource.Skip> avx512 = avx512Instructions(object, triple, h);
            BootLoop.Runs runs = new BootLoop(folder.path(), object, triple, h, options.facts(triple, features, h),
                    avx512, bootLimit).run(quick ? Scenario.quick(Mode.of(triple) == Mode.BITS64)
                    : Scenario.standard(Mode.of(triple) == Mode.BITS64));
            return VerdictFold.fold(h.symbol(), runs, avx512.size());
        } catch (IOException e) {
            throw new InputException("the oracle cannot use its temporary folder: " + e.getMessage());
        }
    }

    /**
     * The handler's EVEX-encoded instructions (zmm, mask registers, xmm/ymm16-31: AVX-512, which a CPU
     * such as skx implies without -mattr), which raise #UD under QEMU.
     */
    private static List<HarnessSource.Skip> avx512Instructions(byte[] object, String triple, StaticCheck.Handler h) {
        return ObjectDecoder.decode(object, triple).function(h.symbol()).map(f -> f.instructions().stream()
                .filter(i -> (i.bytes()[0] & 0xFF) == 0x62 || i.text().matches(".*(%zmm|%k[0-7]\\b|\\{%k).*"))
                .map(i -> new HarnessSource.Skip(i.address() - f.address(), i.length())).toList()).orElse(List.of());
    }
}
