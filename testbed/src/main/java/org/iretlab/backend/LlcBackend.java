package org.iretlab.backend;

import org.iretlab.common.ExternalProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.analysis.AnalyserTrial;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.lint.ByvalFrameCheck;
import org.iretlab.lint.LintDiagnostic;
import org.iretlab.llvm.InterruptHandlers;

/**
 * An external {@code llc} (Debian's /usr/lib/llvm-N/bin/llc, or any a user names), one process per
 * compile through Commons Exec with a time limit. The embedded LLVM reads the IR first, for
 * byval-frame-check and the handlers' prototypes, so what the lint refuses never reaches llc; an
 * llc that aborts anyway costs only its own process and is a CRASH.
 */
public final class LlcBackend implements Backend {
    private static final Pattern VERSION = Pattern.compile("LLVM version (\\d+)\\.(\\d+)\\.(\\d+)");
    /** llc's parser error: {@code input.ll:4:31: error: ...} (or a bitcode reader's "error: Invalid ..."). */
    private static final Pattern PARSE_ERROR = Pattern.compile("input\\.(ll|bc):(\\d+:\\d+: )?error:|Invalid (bitcode|record)");

    private final Path llc;
    private final String name;
    private final String version;
    private final int major;
    private final Duration timeout;
    private final Toolchains.PassHost passHost;
    private Backend passHostBackend;

    /** An llc whose passes run in this process's LLVM, deciding by trial compiles on this llc. */
    public LlcBackend(Path llc, Duration timeout) {
        this(llc, null, timeout, Toolchains.PassHost.inProcess(null));
    }

    /**
     * @param name the backend's name, or null for {@code llc-MAJOR}
     * @param passHost where iretlab's passes run before llc gets the module
     */
    LlcBackend(Path llc, String name, Duration timeout, Toolchains.PassHost passHost) {
        this.llc = llc;
        this.timeout = timeout;
        this.passHost = passHost;
        try {
            ExternalProcess.Result r = ExternalProcess.run(List.of(llc.toString(), "--version"), Duration.ofSeconds(30));
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
        CompileOptions o = request.options();
        if (o.pipeline() != null) {
            return CompileOutcome.rejected("llc runs no IR pipeline: use the embedded backend for --pipeline");
        }
        List<InterruptHandlers.Prototype> handlers;
        List<LintDiagnostic> lint;
        List<String> passLog;
        IrSource source = request.source();
        String triple;
        try {
            LLVMModuleRef module = readForLint(request.source());
            try {
                triple = o.triple() != null ? o.triple() : org.bytedeco.llvm.global.LLVM.LLVMGetTarget(module).getString();
                lint = ByvalFrameCheck.check(module, triple);
                LintDiagnostic refused = lint.stream().filter(LintDiagnostic::isError).findFirst().orElse(null);
                if (!o.skipPrototypeCheck() && refused != null) {
                    return CompileOutcome.rejected(EmbeddedCompiler.locate(request.source(), request.source().name(), refused)
                            + ": error: " + refused.describe());
                }
                String where = request.source().name();
                if (!o.passes().isEmpty()) {
                    if (passHost.opener() != null) {
                        // The passes run in this llc's own LLVM version, which prints the module llc gets.
                        CompileOutcome fixed = hostBackend().compile(new CompileRequest(request.source(),
                                o.withEmit(CompileOptions.Emit.IR)));
                        if (!fixed.compiled()) {
                            return fixed.status() == CompileOutcome.Status.REJECTED ? fixed : CompileOutcome.crash(
                                    passHost.name() + " (running the passes for " + name + "): " + fixed.message());
                        }
                        passLog = new ArrayList<>(List.of("the passes ran in " + passHost.name()));
                        passLog.addAll(fixed.result().passLog());
                        source = IrSource.ofText(request.source().name(), fixed.result().ir());
                    } else if (!passHost.inProcess()) {
                        return CompileOutcome.notAvailable(passHost.note());
                    } else {
                        passLog = new ArrayList<>();
                        if (passHost.note() != null) {
                            passLog.add(passHost.note());
                        }
                        passLog.addAll(EmbeddedCompiler.applyPasses(module, triple, o.effectiveFeatures(), o.passes(), where,
                                new AnalyserTrial(m -> trialObject(m, triple, o), triple, o.effectiveFeatures())));
                        // llc gets the module as the passes left it, printed by the embedded LLVM.
                        source = IrSource.ofText(request.source().name(), org.iretlab.llvm.Llvm.takeMessage(
                                org.bytedeco.llvm.global.LLVM.LLVMPrintModuleToString(module)));
                    }
                } else {
                    passLog = List.of();
                }
                handlers = InterruptHandlers.of(module);
            } finally {
                org.bytedeco.llvm.global.LLVM.LLVMDisposeModule(module);
            }
        } catch (TrialFailed e) {
            return e.outcome;
        } catch (InputException e) {
            return CompileOutcome.rejected(e.getMessage());
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("iretlab-llc-");
            Path input = dir.resolve(source.isBitcode() ? "input.bc" : "input.ll");
            Files.write(input, source.bytes());
            List<String> warnings = new ArrayList<>();
            lint.stream().filter(d -> !d.isError()).forEach(d -> warnings.add(
                    EmbeddedCompiler.locate(request.source(), request.source().name(), d) + ": " + d.describe()));
            String asm = null;
            byte[] object = null;
            if (o.emit().contains(CompileOptions.Emit.ASM)) {
                CompileOutcome failed = run(command(input, dir.resolve("out.s"), "asm", triple, o), warnings);
                if (failed != null) {
                    return failed;
                }
                asm = Files.readString(dir.resolve("out.s"));
            }
            if (o.emit().contains(CompileOptions.Emit.OBJ)) {
                CompileOutcome failed = run(command(input, dir.resolve("out.o"), "obj", triple, o), warnings);
                if (failed != null) {
                    return failed;
                }
                object = Files.readAllBytes(dir.resolve("out.o"));
            }
            return CompileOutcome.compiled(new CompileResult(name(), version, triple, asm, object, null, warnings,
                    handlers, List.of(), passLog));
        } catch (IOException e) {
            return CompileOutcome.crash(llc + ": " + e.getMessage());
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The object llc makes of the module as it is now (printed by the embedded LLVM), for a pass's trial. */
    private byte[] trialObject(LLVMModuleRef module, String triple, CompileOptions o) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("iretlab-trial-");
            Path input = Files.writeString(dir.resolve("trial.ll"),
                    org.iretlab.llvm.Llvm.takeMessage(org.bytedeco.llvm.global.LLVM.LLVMPrintModuleToString(module)));
            CompileOutcome failed = run(command(input, dir.resolve("trial.o"), "obj", triple, o), new ArrayList<>());
            if (failed != null) {
                throw new TrialFailed(new CompileOutcome(failed.status(), null,
                        "the trial compile for a pass failed: " + failed.message()));
            }
            return Files.readAllBytes(dir.resolve("trial.o"));
        } catch (IOException e) {
            throw new InputException("the trial compile for a pass failed: " + e.getMessage());
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * The module as the embedded LLVM reads it, for the lint and the handlers' prototypes. Text
     * written for a newer LLVM than the embedded one (rustc's, for llc-22) is first turned into
     * bitcode by this llc's own llvm-as, since older LLVMs read newer bitcode.
     */
    private LLVMModuleRef readForLint(IrSource source) {
        try {
            return IrReader.read(source);
        } catch (InputException e) {
            Path llvmAs = llc.resolveSibling("llvm-as");
            if (source.isBitcode() || !e.getMessage().contains(IrReader.UNREADABLE) || !Files.isExecutable(llvmAs)) {
                throw e;
            }
            Path dir = null;
            try {
                dir = Files.createTempDirectory("iretlab-as-");
                Path text = Files.write(dir.resolve("input.ll"), source.bytes());
                ExternalProcess.Result r = ExternalProcess.run(List.of(llvmAs.toString(), "-o", dir.resolve("input.bc").toString(),
                        text.toString()), timeout);
                if (r.exitCode() != 0) {
                    throw e;
                }
                return IrReader.read(new IrSource(source.name() + " (as bitcode by " + llvmAs + ")",
                        Files.readAllBytes(dir.resolve("input.bc"))));
            } catch (IOException io) {
                throw e;
            } finally {
                deleteQuietly(dir);
            }
        }
    }

    /** A trial compile that crashed or hung: the cell ends as that, not as a refusal. */
    private static final class TrialFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient CompileOutcome outcome;

        TrialFailed(CompileOutcome outcome) {
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

    @Override
    public synchronized void close() {
        if (passHostBackend != null) {
            passHostBackend.close();
            passHostBackend = null;
        }
    }

    private List<String> command(Path input, Path output, String fileType, String triple, CompileOptions o) {
        List<String> cmd = new ArrayList<>(List.of(llc.toString()));
        cmd.addAll(arguments(major, triple, o));
        cmd.addAll(List.of("-filetype=" + fileType, "-o", output.toString(), input.toString()));
        return cmd;
    }

    /**
     * The options llc N is given for a compile (without input, output and file type): what a person
     * types to get the same code by hand, and what exported lit tests' RUN lines say.
     */
    public static List<String> arguments(int major, String triple, CompileOptions o) {
        List<String> cmd = new ArrayList<>(List.of("-mtriple=" + triple, "-O" + o.optLevel()));
        // LLVM 13 and 14 read opaque-pointer IR only when asked to.
        if (major == 13) {
            cmd.add("-force-opaque-pointers");
        } else if (major == 14) {
            cmd.add("-opaque-pointers");
        }
        if (!o.cpu().isEmpty()) {
            cmd.add("-mcpu=" + o.cpu());
        }
        if (!o.effectiveFeatures().isEmpty()) {
            cmd.add("-mattr=" + o.effectiveFeatures());
        }
        if (!o.codeModel().equals("default")) {
            cmd.add("-code-model=" + o.codeModel());
        }
        if (!o.relocationModel().equals("default")) {
            cmd.add("-relocation-model=" + o.relocationModel());
        }
        return cmd;
    }

    /** Runs llc; null when it succeeded, else the outcome that ends the compile. */
    private CompileOutcome run(List<String> cmd, List<String> warnings) throws IOException {
        ExternalProcess.Result r = ExternalProcess.run(cmd, timeout);
        if (r.timedOut()) {
            return CompileOutcome.timeout(name() + " did not finish within " + timeout.toSeconds() + " s and was killed");
        }
        List<String> stderr = r.stderr().lines().toList();
        if (r.exitCode() == 0) {
            stderr.stream().filter(l -> l.contains("warning:")).forEach(warnings::add);
            return null;
        }
        String fatal = stderr.stream().filter(l -> l.contains("LLVM ERROR:")).findFirst().orElse(null);
        if (fatal != null || r.exitCode() > 128) {
            return CompileOutcome.crash((fatal != null ? fatal.strip() : name() + " died") + " (exit status " + r.exitCode() + ")");
        }
        boolean parse = stderr.stream().anyMatch(l -> PARSE_ERROR.matcher(l).find());
        return CompileOutcome.rejected(name() + " refused it: " + String.join("\n  ", stderr)
                + (parse ? "\n  " + IrReader.UNREADABLE + " IR (LLVM " + version + ")" : ""));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
