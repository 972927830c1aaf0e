package org.iretlab.backend;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.bytedeco.llvm.global.LLVM.LLVMPrintModuleToString;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.analysis.AnalyserTrial;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;
import org.iretlab.common.WorkFolder;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.llvm.InterruptHandlers;
import org.iretlab.llvm.Llvm;
import org.iretlab.target.Target;

/**
 * An external {@code llc} (Debian's /usr/lib/llvm-N/bin/llc, or any a user names), one process per
 * compile through {@link ExternalProcess} with a time limit. The embedded LLVM reads the IR first, in a worker
 * JVM, for byval-frame-check and the handlers' prototypes, so what the lint refuses never reaches
 * llc and a file that kills a parser costs one compile; an llc that aborts anyway costs only its
 * own process and is a CRASH.
 */
public final class LlcBackend implements Backend {
    private static final Pattern VERSION = Pattern.compile("LLVM version (\\d+)\\.(\\d+)\\.(\\d+)");
    /** llc's parser error: {@code input.ll:4:31: error: ...} (or a bitcode reader's "error: Invalid ..."). */
    private static final Pattern PARSE_ERROR = Pattern.compile("input\\.(ll|bc):(\\d+:\\d+: )?error:|Invalid (bitcode|record)");

    /** The most an llc may take to say its version (a real one takes milliseconds): 30 s, or less when --timeout is. */
    static final Duration VERSION_LIMIT = Duration.ofSeconds(30);

    private final Path llc;
    private final String name;
    private final String version;
    private final int major;
    private final Duration timeout;
    private final Toolchains.PassHost passHost;
    private Backend passHostBackend;
    private final SharedWorker lintHost;
    private boolean closed;

    /** An llc whose passes run in this process's LLVM, deciding by trial compiles on this llc. */
    public LlcBackend(Path llc, Duration timeout) {
        this(llc, null, timeout, Toolchains.PassHost.inProcess(null), new SharedWorker(() -> WorkerBackend.sameLlvm(timeout)));
    }

    /**
     * @param name the backend's name, or null for {@code llc-MAJOR}
     * @param passHost where iretlab's passes run before llc gets the module
     * @param lintHost the worker of the embedded LLVM that reads files for the lint, shared with other llc backends
     */
    LlcBackend(Path llc, String name, Duration timeout, Toolchains.PassHost passHost, SharedWorker lintHost) {
        this.llc = llc;
        this.lintHost = lintHost;
        this.timeout = timeout;
        this.passHost = passHost;
        try {
            // Under the compiles' own limit, at most VERSION_LIMIT: a wrapper that hangs here is killed, with its children.
            Duration limit = timeout.compareTo(VERSION_LIMIT) < 0 ? timeout : VERSION_LIMIT;
            ExternalProcess.Result r = ExternalProcess.run(List.of(llc.toString(), "--version"), limit);
            if (r.timedOut()) {
                throw new InputException(llc + ": did not answer --version within " + ExternalProcess.seconds(limit)
                        + " (the time limit, --timeout, at most " + ExternalProcess.seconds(VERSION_LIMIT)
                        + " here) and was killed, with its children");
            }
            Matcher m = VERSION.matcher(r.stdout());
            if (r.exitCode() != 0 || !m.find()) {
                throw new InputException(llc + ": not an llc (its --version names no LLVM version)");
            }
            this.version = m.group(1) + "." + m.group(2) + "." + m.group(3);
            this.major = Integer.parseInt(m.group(1));
        } catch (IOException e) {
            throw new InputException(llc + ": cannot run: " + e.getMessage());
        }
        this.name = name != null ? name : "llc-" + major;
        lintHost.hold();
    }

    /** Debian's llc of an LLVM major version, if installed. */
    public static Path debianLlc(int major) {
        return Path.of("/usr/lib/llvm-" + major + "/bin/llc");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String llvmVersion() {
        return version;
    }

    @Override
    public CompileOutcome compile(CompileRequest request) {
        if (request.options().pipeline() != null) {
            return CompileOutcome.rejected("llc runs no IR pipeline: use the embedded backend for --pipeline");
        }
        try {
            return codegen(prepare(request), request.options());
        } catch (Ended e) {
            return e.outcome;
        } catch (InputException e) {
            return CompileOutcome.rejected(e.getMessage());
        }
    }

    /** The module as llc gets it: after the lint and the passes, with what they said and the handlers' prototypes. */
    private record Prepared(IrSource source, Target target, List<String> warnings, List<String> passLog,
            List<InterruptHandlers.Prototype> handlers) {}

    /**
     * The lint and the handlers' prototypes come from the embedded LLVM in a worker JVM (a parser
     * that dies on the user's file costs this compile, not iretlab); then the passes run in this
     * llc's own LLVM version where iretlab has it (which prints the module llc gets), else in the
     * embedded LLVM here, deciding by trial compiles on this llc, on a file the worker has just read.
     */
    private Prepared prepare(CompileRequest request) {
        CompileOptions o = request.options();
        String where = request.source().name();
        Linted linted = lintInWorker(request.source(), o);
        Target target = o.triple() != null ? o.target() : o.target().withTriple(linted.result().target().triple());
        TargetProbe.problemForLlc(llc, arguments(major, target), target, name, timeout).ifPresent(problem -> {
            throw new Ended(CompileOutcome.rejected(where + ": " + problem));
        });
        List<String> warnings = linted.result().warnings();
        if (o.passes().isEmpty()) {
            return new Prepared(request.source(), target, warnings, List.of(), linted.result().handlers());
        }
        List<String> passLog = new ArrayList<>();
        if (passHost.opener() != null) {
            CompileOutcome host = hostBackend().compile(new CompileRequest(request.source(), o.withEmit(CompileOptions.Emit.IR)));
            if (!host.compiled()) {
                // A pass host that did not start leaves the cell N/A (CompileOutcome keeps the status), not an LLVM crash.
                throw new Ended(host.status() == CompileOutcome.Status.REJECTED ? host : new CompileOutcome(
                        host.status() == CompileOutcome.Status.NOT_AVAILABLE ? host.status() : CompileOutcome.Status.CRASH, null,
                        passHost.name() + " (running the passes for " + name + "): " + host.message()));
            }
            passLog.add("the passes ran in " + passHost.name());
            passLog.addAll(host.result().passLog());
            return new Prepared(IrSource.ofText(where, host.result().ir()), target, warnings, passLog, linted.result().handlers());
        }
        if (!passHost.inProcess()) {
            throw new Ended(CompileOutcome.notAvailable(passHost.note()));
        }
        if (passHost.note() != null) {
            passLog.add(passHost.note());
        }
        // The worker has read this very file with this very LLVM: reading it here cannot kill iretlab.
        LLVMModuleRef module = IrReader.read(linted.readable());
        try {
            passLog.addAll(ModulePreparation.applyPasses(module, target.triple(), target.features(), o.passes(), where,
                    new AnalyserTrial(m -> trialObject(m, target), target.triple(), target.features())));
            IrSource fixed = IrSource.ofText(where, Llvm.takeMessage(LLVMPrintModuleToString(module)));
            return new Prepared(fixed, target, warnings, passLog, InterruptHandlers.of(module));
        } finally {
            LLVMDisposeModule(module);
        }
    }

    /** What the lint worker made of a file: its result (warnings, prototypes, triple) and the form of the file it read. */
    private record Linted(CompileResult result, IrSource readable) {}

    /**
     * byval-frame-check and the handlers' prototypes, from the embedded LLVM in a worker (no code is
     * generated there: the module is only read, checked and printed). Text written for a newer LLVM
     * than the embedded one (rustc's, for llc-22) is first turned into bitcode by this llc's own
     * llvm-as, since older LLVMs read newer bitcode.
     */
    private Linted lintInWorker(IrSource source, CompileOptions o) {
        // The lint needs the triple only: the CPU and features are this llc's to judge, not the embedded LLVM's.
        Target lintTarget = o.triple() == null ? Target.of(null) : Target.of(o.triple());
        CompileOptions lintOptions = new CompileOptions(lintTarget, null, Set.of(CompileOptions.Emit.IR),
                o.skipPrototypeCheck(), List.of());
        CompileOutcome read = lintBackend().compile(new CompileRequest(source, lintOptions));
        IrSource readable = source;
        if (read.status() == CompileOutcome.Status.REJECTED && read.message().contains(IrReader.UNREADABLE) && !source.isBitcode()) {
            IrSource bitcode = asBitcode(source);
            if (bitcode != null) {
                readable = bitcode;
                read = lintBackend().compile(new CompileRequest(bitcode, lintOptions));
            }
        }
        if (!read.compiled()) {
            throw new Ended(read.status() == CompileOutcome.Status.REJECTED || read.status() == CompileOutcome.Status.NOT_AVAILABLE
                    ? read : new CompileOutcome(read.status(), null, "reading the IR for the lint in "
                            + Toolchains.embeddedName() + " (a worker JVM): " + read.message()));
        }
        return new Linted(read.result(), readable);
    }

    /** The file as bitcode by this llc's own llvm-as, or null when there is none or it refuses. */
    private IrSource asBitcode(IrSource source) {
        Path llvmAs = llc.resolveSibling("llvm-as");
        if (!Files.isExecutable(llvmAs)) {
            return null;
        }
        try (WorkFolder dir = ScratchFolder.create("as-")) {
            Path text = Files.write(dir.path().resolve("input.ll"), source.bytes());
            Path bitcode = dir.path().resolve("input.bc");
            ExternalProcess.Result r = ExternalProcess.run(List.of(llvmAs.toString(), "-o", bitcode.toString(), text.toString()), timeout);
            if (r.exitCode() != 0) {
                return null;
            }
            return new IrSource(source.name() + " (as bitcode by " + llvmAs + ")", Files.readAllBytes(bitcode));
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** llc's assembly and object of the prepared module, one llc process each. */
    private CompileOutcome codegen(Prepared p, CompileOptions o) {
        try (WorkFolder dir = ScratchFolder.create("llc-")) {
            Path input = dir.path().resolve(p.source().isBitcode() ? "input.bc" : "input.ll");
            Files.write(input, p.source().bytes());
            List<String> warnings = new ArrayList<>(p.warnings());
            String asm = null;
            byte[] object = null;
            if (o.emit().contains(CompileOptions.Emit.ASM)) {
                CompileOutcome failed = run(command(input, dir.path().resolve("out.s"), "asm", p.target()), warnings);
                if (failed != null) {
                    return failed;
                }
                asm = Files.readString(dir.path().resolve("out.s"));
            }
            if (o.emit().contains(CompileOptions.Emit.OBJ)) {
                CompileOutcome failed = run(command(input, dir.path().resolve("out.o"), "obj", p.target()), warnings);
                if (failed != null) {
                    return failed;
                }
                object = Files.readAllBytes(dir.path().resolve("out.o"));
            }
            return CompileOutcome.compiled(new CompileResult(name(), version, p.target(), asm, object, null, warnings,
                    p.handlers(), List.of(), p.passLog()));
        } catch (IOException | UncheckedIOException e) {
            return CompileOutcome.crash(llc + ": " + e.getMessage());
        }
    }

    /** The object llc makes of the module as it is now (printed by the embedded LLVM), for a pass's trial. */
    private byte[] trialObject(LLVMModuleRef module, Target target) {
        try (WorkFolder dir = ScratchFolder.create("trial-")) {
            Path input = Files.writeString(dir.path().resolve("trial.ll"), Llvm.takeMessage(LLVMPrintModuleToString(module)));
            CompileOutcome failed = run(command(input, dir.path().resolve("trial.o"), "obj", target), new ArrayList<>());
            if (failed != null) {
                // A trial that crashed or hung ends the cell as that, not as a refusal.
                throw new Ended(new CompileOutcome(failed.status(), null, "the trial compile for a pass failed: " + failed.message()));
            }
            return Files.readAllBytes(dir.path().resolve("trial.o"));
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("the trial compile for a pass failed: " + e.getMessage());
        }
    }

    /** The compile ends before llc runs, as this outcome (a trial that crashed, passes that cannot run here, ...). */
    private static final class Ended extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient CompileOutcome outcome;

        Ended(CompileOutcome outcome) {
            super(outcome.message(), null, false, false);
            this.outcome = outcome;
        }
    }

    private synchronized Backend hostBackend() {
        if (passHostBackend == null) {
            passHostBackend = passHost.opener().get();
        }
        return passHostBackend;
    }

    private Backend lintBackend() {
        return lintHost.get();
    }

    @Override
    public synchronized void close() {
        if (passHostBackend != null) {
            passHostBackend.close();
            passHostBackend = null;
        }
        if (!closed) {
            closed = true;
            lintHost.release();
        }
    }

    private List<String> command(Path input, Path output, String fileType, Target target) {
        List<String> cmd = new ArrayList<>(List.of(llc.toString()));
        cmd.addAll(arguments(major, target));
        cmd.addAll(List.of("-filetype=" + fileType, "-o", output.toString(), input.toString()));
        return cmd;
    }

    /**
     * The options llc N is given for a compile (without input, output and file type): what a person
     * types to get the same code by hand, and what exported lit tests' RUN lines say.
     */
    public static List<String> arguments(int major, Target t) {
        List<String> cmd = new ArrayList<>(t.llcArguments());
        // LLVM 13 and 14 read opaque-pointer IR only when asked to.
        if (major == 13) {
            cmd.add(2, "-force-opaque-pointers");
        } else if (major == 14) {
            cmd.add(2, "-opaque-pointers");
        }
        return cmd;
    }

    /**
     * Runs llc; null when it succeeded, else the outcome that ends the compile. llc's output file
     * (after {@code -o}) may grow to {@link #OUTPUT_CAP}, each of its streams to {@link #STREAM_CAP};
     * what a cell keeps of its stderr is {@link #MESSAGE_LINES} lines.
     */
    private CompileOutcome run(List<String> cmd, List<String> warnings) throws IOException {
        Path output = Path.of(cmd.get(cmd.indexOf("-o") + 1));
        ExternalProcess.Result r = ExternalProcess.run(cmd,
                ExternalProcess.Limits.of(timeout).withStreamBytes(STREAM_CAP).watching(OUTPUT_CAP, output));
        if (r.timedOut()) {
            return CompileOutcome.timeout(name() + " did not finish within " + ExternalProcess.seconds(timeout)
                    + " and was killed, with its children");
        }
        if (r.fileOverCap() != null) {
            // Not LLVM's refusal, and no hang: a runaway output, over what iretlab reads of a compile.
            return CompileOutcome.crash(name() + " wrote more than " + ExternalProcess.size(OUTPUT_CAP) + " to "
                    + r.fileOverCap().getFileName() + (r.exitCode() == 0 ? "" : " and was killed")
                    + ": iretlab reads no compile output that large");
        }
        Stderr said = new Stderr(r.stderr());
        if (r.exitCode() == 0) {
            warnings.addAll(said.warnings);
            return null;
        }
        if (said.fatal != null || r.exitCode() > 128) {
            return CompileOutcome.crash((said.fatal != null ? said.fatal : name() + " died") + " (exit status " + r.exitCode() + ")");
        }
        return CompileOutcome.rejected(name() + " refused it: " + String.join("\n  ", said.first)
                + (said.parseError ? "\n  " + IrReader.UNREADABLE + " IR (LLVM " + version + ")" : ""));
    }

    /** The most of llc's output file iretlab reads: 64 MB (a handler's assembly is kilobytes). */
    static final long OUTPUT_CAP = 64L << 20;
    /** The most kept of each of llc's streams: 4 MB, more than any real compile's diagnostics. */
    static final long STREAM_CAP = 4L << 20;
    /** The most lines of llc's stderr a compile's message, or its warnings, keep. */
    static final int MESSAGE_LINES = 100;
    /** The most characters of one such line. */
    private static final int LINE_CHARS = 2000;

    /**
     * What llc's stderr says, read once, line by line: its first {@link #MESSAGE_LINES} lines and
     * warnings (each shortened, with a line saying how many more there were), the first
     * {@code LLVM ERROR:}, and whether the parser refused the input. ExternalProcess's closing line
     * on a cut stream is kept.
     */
    private static final class Stderr {
        final List<String> first = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String fatal;
        boolean parseError;

        Stderr(String text) {
            int lines = 0;
            int warned = 0;
            String last = null;
            for (String line : (Iterable<String>) text.lines()::iterator) {
                if (lines++ < MESSAGE_LINES) {
                    first.add(shortened(line));
                }
                if (line.contains("warning:") && warned++ < MESSAGE_LINES) {
                    warnings.add(shortened(line));
                }
                if (fatal == null && line.contains("LLVM ERROR:")) {
                    fatal = shortened(line.strip());
                }
                parseError = parseError || PARSE_ERROR.matcher(line).find();
                last = line;
            }
            if (lines > MESSAGE_LINES) {
                first.add("[iretlab: " + (lines - MESSAGE_LINES) + " more lines of its stderr not kept]");
            }
            if (warned > MESSAGE_LINES) {
                warnings.add("[iretlab: " + (warned - MESSAGE_LINES) + " more warnings not kept]");
            }
            if (lines > MESSAGE_LINES && last.startsWith("[iretlab: ")) {
                first.add(last);
            }
        }
    }

    private static String shortened(String line) {
        return line.length() <= LINE_CHARS ? line : line.substring(0, LINE_CHARS) + " [iretlab: " + (line.length() - LINE_CHARS)
                + " more characters not kept]";
    }

}
