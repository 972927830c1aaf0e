package org.iretlab.explore;

import static org.bytedeco.llvm.global.LLVM.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.llvm.Llvm;
import org.iretlab.llvm.LlvmSession;
import org.iretlab.target.Target;

/**
 * Generator 2: a random body from LLVM's own {@code llvm-stress}, inlined into a handler whose
 * pointer arguments are bound to globals (large and aligned enough for its widest vector stores)
 * and whose scalars are constants drawn from the seed. llvm-stress is deterministic for one seed and
 * version; the oldest Debian llvm-stress that writes opaque pointers is used (the embedded LLVM
 * reads it, and the handler then reaches every backend as the embedded LLVM prints it), and its
 * version is in the reproducer's header.
 */
final class StressBodies {
    /** Versions whose llvm-stress writes opaque pointers (the embedded LLVM reads nothing older). */
    private static final List<Integer> MAJORS = List.of(16, 17, 18, 19, 20, 21, 22);
    private static final Pattern DEFINE = Pattern.compile("define void @(autogen_SD\\d+)\\((.*)\\) \\{");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    /**
     * Where bodies are made ahead: two threads, as the machines this runs on have two cores; they
     * end after a second without work, so a run that stops early leaves none behind.
     */
    private static final ExecutorService AHEAD = aheadThreads(2);

    private final Path tool;

    private StressBodies(Path tool) {
        this.tool = tool;
    }

    /** The llvm-stress binary: another one writes other bodies for the same seed. */
    Path tool() {
        return tool;
    }

    private static ExecutorService aheadThreads(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "iretlab-llvm-stress");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The installed llvm-stress, if any. */
    static Optional<StressBodies> installed() {
        return MAJORS.stream().map(m -> Path.of("/usr/lib/llvm-" + m + "/bin/llvm-stress")).filter(Files::isExecutable)
                .findFirst().map(StressBodies::new);
    }

    /**
     * One llvm-stress run: what a stress handler draws first from its random source (after its
     * target), so that its body can be made before the handler is.
     */
    record Run(int seed, int size) {
        static Run draw(SplittableRandom r) {
            return new Run(r.nextInt(1 << 30), 10 + r.nextInt(40));
        }
    }

    /**
     * Starts llvm-stress for a handler still to come on a thread of this class: the caller judges
     * the handlers before it meanwhile, instead of waiting for a process each time.
     *
     * @param r a copy of the handler's random source as {@link #generate} will get it
     * @return its body, for {@link #generate}
     */
    Future<String> prepare(SplittableRandom r) {
        // Drawn as generate draws them: the target first.
        SpecSampler.target(r);
        Run run = Run.draw(r);
        return AHEAD.submit(() -> stress(run));
    }

    /** @param made the body {@link #prepare} started for this handler, or null to make it now */
    Generated generate(SplittableRandom r, String name, Future<String> made) {
        Target target = SpecSampler.target(r);
        Run run = Run.draw(r);
        int seed = run.seed();
        int size = run.size();
        String body = made == null ? stress(run) : waitFor(made, run);
        Matcher define = DEFINE.matcher(body);
        if (!define.find()) {
            throw new IllegalStateException(tool + " -seed " + seed + ": no 'define void @autogen_SD...' in what it wrote");
        }
        String inlined = body.substring(0, define.start()) + "define internal void @" + define.group(1) + "(" + define.group(2)
                + ") alwaysinline {" + widenAllocas(body.substring(define.end())) + wrapper(name, define.group(1), r);
        LLVMContextRef context = LLVMContextCreate();
        try {
            LLVMModuleRef module = IrReader.read(IrSource.ofText(tool + " -seed " + seed, inlined), context);
            try {
                LLVMSetTarget(module, target.triple());
                inline(module, target);
                boundPointers(module);
                String origin = tool.getParent().getParent().getFileName() + "/llvm-stress -seed " + seed + " -size " + size
                        + ", inlined into a handler";
                return new Generated(name, "stress", origin, null, target, Llvm.takeMessage(LLVMPrintModuleToString(module)));
            } finally {
                LLVMDisposeModule(module);
            }
        } catch (InputException e) {
            throw new IllegalStateException(tool + " -seed " + seed + ": the embedded LLVM cannot read or inline its output: "
                    + e.getMessage(), e);
        } finally {
            LLVMContextDispose(context);
        }
    }

    private static final Pattern ALLOCA = Pattern.compile("(?m)^(\\s*%[\\w.]+ = alloca) [^\\n]*$");

    /**
     * llvm-stress stores through its allocas with types wider than theirs ({@code store <2 x i64>} into
     * an {@code alloca i32}) and claims alignments they lack: undefined behaviour that lands on the
     * handler's saved registers, which the verdicts would blame on LLVM. Every alloca becomes 256
     * bytes aligned 64, as wide as its widest vector store; with opaque pointers nothing else changes.
     */
    static String widenAllocas(String body) {
        return ALLOCA.matcher(body).replaceAll("$1 [256 x i8], align 64");
    }

    /** The handler: the stress function called with globals for its pointers and constants for its scalars. */
    private static String wrapper(String name, String stress, SplittableRandom r) {
        StringBuilder b = new StringBuilder("\n");
        for (int i = 0; i < 3; i++) {
            b.append("@stress_arg").append(i).append(" = internal global [512 x i8] zeroinitializer, align 64\n");
        }
        return b.append("\ndefine x86_intrcc void @").append(name).append("(ptr byval(i8) %frame) {\n  call void @").append(stress)
                .append("(ptr @stress_arg0, ptr @stress_arg1, ptr @stress_arg2, i32 ").append(r.nextInt())
                .append(", i64 ").append(r.nextLong()).append(", i8 ").append(r.nextInt(256) - 128).append(")\n  ret void\n}\n")
                .toString();
    }

    /**
     * llvm-stress indexes vectors out of range ({@code extractelement <2 x i32> ..., i32 511283}),
     * which is poison; a select on it picks a poison pointer, and once inlined the handler stores
     * through {@code ptr poison}: to whatever a register holds, which faults or overwrites the
     * handler's saved registers, and the verdicts blamed LLVM (explore's second one-hour run: six
     * NEW signatures). Every poison or undef pointer an instruction uses, and a null one it loads or
     * stores through, becomes a scratch global: a refinement (poison may be any value, such an
     * access is undefined), so the handler means what it meant, only defined.
     *
     * @return how many operands were replaced
     */
    static int boundPointers(LLVMModuleRef module) {
        LLVMValueRef scratch = null;
        int replaced = 0;
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
                for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                    int opcode = LLVMGetInstructionOpcode(i);
                    for (int n = 0; n < LLVMGetNumOperands(i); n++) {
                        LLVMValueRef op = LLVMGetOperand(i, n);
                        if (op == null || op.isNull() || LLVMGetTypeKind(LLVMTypeOf(op)) != LLVMPointerTypeKind) {
                            continue;
                        }
                        boolean address = opcode == LLVMLoad && n == 0 || opcode == LLVMStore && n == 1;
                        if (LLVMIsUndef(op) != 0 || address && LLVMIsNull(op) != 0) {
                            if (scratch == null) {
                                scratch = scratchGlobal(module);
                            }
                            LLVMSetOperand(i, n, scratch);
                            replaced++;
                        }
                    }
                }
            }
        }
        return replaced;
    }

    private static LLVMValueRef scratchGlobal(LLVMModuleRef module) {
        LLVMTypeRef type = LLVMArrayType(LLVMInt8TypeInContext(LLVMGetModuleContext(module)), 512);
        LLVMValueRef g = LLVMAddGlobal(module, type, "stress_scratch");
        LLVMSetInitializer(g, LLVMConstNull(type));
        LLVMSetLinkage(g, LLVMInternalLinkage);
        LLVMSetAlignment(g, 64);
        return g;
    }

    private static void inline(LLVMModuleRef module, Target target) {
        LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef error = LLVMRunPasses(module, "always-inline,globaldce", LlvmSession.current().targetMachine(target), options);
            if (error != null && !error.isNull()) {
                throw new InputException("always-inline: " + Llvm.takeMessage(LLVMGetErrorMessage(error)));
            }
        } finally {
            LLVMDisposePassBuilderOptions(options);
        }
    }

    private String waitFor(Future<String> made, Run run) {
        try {
            return made.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failed ? failed : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(tool + " -seed " + run.seed() + ": interrupted while waiting for it", e);
        }
    }

    private String stress(Run run) {
        int seed = run.seed();
        try {
            ExternalProcess.Result out = ExternalProcess.run(List.of(tool.toString(), "-seed", Integer.toString(seed),
                    "-size", Integer.toString(run.size()), "-o", "-"), TIME_LIMIT);
            if (out.exitCode() != 0 || out.timedOut()) {
                throw new IllegalStateException(tool + " -seed " + seed + " failed: " + out.stderr());
            }
            return out.stdout();
        } catch (IOException e) {
            throw new IllegalStateException(tool + ": cannot run: " + e.getMessage(), e);
        }
    }
}
