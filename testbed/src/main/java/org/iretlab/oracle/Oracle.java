package org.iretlab.oracle;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.common.Futures;
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
     * @param kernelHandlers how many handlers its kernel held (1: one of its own); its boots and seconds are its share
     */
    public record Result(FunctionVerdict verdict, String lazyFp, int skippedAvx512, int scenarios, int boots, double seconds,
            List<String> hung, int notReturned, Set<FindingKind> unjudged, int kernelHandlers) {
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

    /** The end of a disagreement that the static verdict found and the oracle did not. */
    public static final String STATIC_ONLY = ": found statically, not under QEMU";

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
                out.add(k.id() + STATIC_ONLY);
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

    /**
     * What the oracle runs for one cell: the handlers of one object (or executable) for one target,
     * with the facts the cell judges them by.
     */
    public record Job(byte[] object, String triple, String features, List<StaticCheck.Handler> handlers, CheckOptions options) {}

    /**
     * Handlers per kernel at most: a boot's start-up (about 50 ms of QEMU) and its link are shared by
     * all, and a kernel of 16 handlers of the standard set (304 scenarios) stays far inside a boot limit.
     */
    static final int HANDLERS_PER_KERNEL = 16;

    /** The cell's handlers, in one kernel where they are entered alike (docs/oracle.md, "Many handlers per boot"). */
    public List<Result> run(byte[] object, String triple, String features, List<StaticCheck.Handler> handlers,
            CheckOptions options) {
        return run(List.of(new Job(object, triple, features, handlers, options))).get(0);
    }

    /**
     * The handlers of many cells, as few kernels as can hold them: handlers of object files of the same
     * word size and entry (with or without an error code) share a kernel, up to {@link #HANDLERS_PER_KERNEL};
     * an executable runs alone, where it was linked. Each handler's result is its own, as if it had had
     * its kernel to itself (the scenarios of one that leaves the machine untrusted end the others' boot,
     * {@link BootLoop}); a kernel that cannot be built or booted at all runs its handlers one by one,
     * so that the failure is the one handler's that causes it.
     *
     * @return per job, one result per handler, in their order
     */
    public List<List<Result>> run(List<Job> jobs) {
        Map<String, List<Slot>> groups = new LinkedHashMap<>();
        List<Result[]> out = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) {
            Job job = jobs.get(j);
            out.add(new Result[job.handlers().size()]);
            for (int h = 0; h < job.handlers().size(); h++) {
                String key = Executable.is(job.object()) ? "executable " + j + "/" + h
                        : Mode.of(job.triple()) + " " + job.handlers().get(h).errorCode();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Slot(job, job.handlers().get(h), j, h));
            }
        }
        List<List<Slot>> kernels = new ArrayList<>();
        for (List<Slot> group : groups.values()) {
            // As few kernels as the limit allows, of sizes that differ by one at most (17 handlers: 9 and 8, not 16 and 1).
            int count = (group.size() + HANDLERS_PER_KERNEL - 1) / HANDLERS_PER_KERNEL;
            for (int k = 0; k < count; k++) {
                kernels.add(group.subList(group.size() * k / count, group.size() * (k + 1) / count));
            }
        }
        List<Future<List<Result>>> running = kernels.stream().map(k -> BOOTS.submit(() -> runKernelOrEach(k))).toList();
        for (int k = 0; k < kernels.size(); k++) {
            List<Result> results = Futures.join(running.get(k), "the oracle's kernels ran");
            for (int i = 0; i < kernels.get(k).size(); i++) {
                out.get(kernels.get(k).get(i).job())[kernels.get(k).get(i).index()] = results.get(i);
            }
        }
        return out.stream().map(List::of).toList();
    }

    /**
     * The kernels being linked and booted, one per core at most over all oracles of this JVM (a QEMU
     * under -icount runs on one thread; matrix's jobs share these). They live as long as the JVM (daemons):
     * each holds an embedded-LLVM session for the harness's assembly, which a thread that ended would leak.
     */
    private static final ExecutorService BOOTS = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "iretlab-oracle-boot");
        t.setDaemon(true);
        return t;
    });

    /** A kernel's results; should it not build or boot at all, each handler in a kernel of its own. */
    private List<Result> runKernelOrEach(List<Slot> kernel) {
        try {
            return runKernel(kernel);
        } catch (InputException | IllegalStateException e) {
            if (kernel.size() == 1) {
                throw e;
            }
            return kernel.stream().map(s -> runKernel(List.of(s)).get(0)).toList();
        }
    }


    /** A handler of a job, and where its result goes. */
    private record Slot(Job source, StaticCheck.Handler handler, int job, int index) {}

    private List<Result> runKernel(List<Slot> slots) {
        String first = slots.get(0).handler().symbol();
        try (KeptFolder folder = new KeptFolder(slots.size() == 1 ? first : first + " and " + (slots.size() - 1) + " more")) {
            List<BootMember> members = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                Job job = slots.get(i).source();
                StaticCheck.Handler h = slots.get(i).handler();
                members.add(new BootMember(folder.path(), slots.size() == 1 ? "" : "iretlab_h" + i + "_", job.object(), job.triple(), h,
                        job.options().facts(job.triple(), job.features(), h), avx512Instructions(job.object(), job.triple(), h)));
            }
            boolean is64 = Mode.of(slots.get(0).source().triple()) == Mode.BITS64;
            List<BootLoop.Runs> runs = new BootLoop(folder.path(), slots.get(0).source().triple(), members, bootLimit)
                    .run(quick ? Scenario.quick(is64) : Scenario.standard(is64));
            List<Result> out = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                out.add(VerdictFold.fold(members.get(i).handler.symbol(), runs.get(i), members.get(i).avx512.size()));
            }
            return out;
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
