package org.iretlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.iretlab.analysis.CalleeModel;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.analysis.TargetFacts;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileResult;
import org.iretlab.cell.Cell;
import org.iretlab.common.InertText;
import org.iretlab.common.InputException;
import org.iretlab.common.Progress;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedObject;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Triples;
import org.iretlab.oracle.Oracle;
import org.iretlab.target.Target;
import org.iretlab.verdict.CheckReport;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Outcome;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code check} (the static verdict) and {@code run} (the execution oracle) share: the inputs
 * (a .ll/.bc file, a handler description, or an ELF object with --handler), the target and LLVM
 * options, the report and the exit codes. Subclasses say how a compiled object is judged.
 */
abstract class JudgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A .ll or .bc file, or the id or name of a corpus case (each of its targets).")
    Path file;

    @Option(names = "--object", paramLabel = "ELF", description = "Judge code in this ELF object or executable instead of compiling.")
    Path object;

    @Option(names = "--handler", paramLabel = "SYMBOL[:ecode]",
            description = "With --object: a handler symbol to judge, ':ecode' when its vector pushes an error code (repeatable).")
    List<String> handlers = new ArrayList<>();

    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--callee-stack-align", paramLabel = "N",
            description = "SP alignment a callee may assume at a call (default: the target's, as LLVM decides it: 16 on "
                    + "Linux, Darwin, kFreeBSD and 64-bit, else 4).")
    Integer calleeStackAlign;

    @Option(names = "--callee-model", paramLabel = "[SYMBOL=]M",
            description = "What a callee may change: abi, general-regs-only, soft-float, no-caller-saved-registers. "
                    + "M alone: for callees nothing else is known of (no code in the object, no attributes in the IR; "
                    + "default abi); SYMBOL=M: for that callee, whatever else is known (repeatable).")
    List<String> calleeModels = new ArrayList<>();

    @Option(names = "--noreturn", paramLabel = "SYMBOL",
            description = "Calls to SYMBOL do not come back: the path ends there (repeatable; the IR's noreturn counts too).")
    List<String> noReturn = new ArrayList<>();

    @Option(names = "--cpu-state", paramLabel = "S", split = ",",
            description = "The machine's register state, whatever the handler's features: x87,sse,avx,avx512 "
                    + "(default: what the target features imply).")
    List<String> cpuState = new ArrayList<>();

    @Option(names = "--json", description = "Write the verdicts as JSON.")
    boolean json;

    /** The oracle this command runs cells under, or null for the static verdict only. */
    abstract Oracle oracle();

    /** The verdicts this command reports of a cell that has code. */
    abstract List<FunctionVerdict> verdicts(Cell cell);

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases",
            description = "Where a CASE given instead of a FILE is looked up (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Override
    public Integer call() throws IOException {
        Arguments.timeout(input.timeoutSeconds, "--timeout");
        CheckOptions options = checkOptions();
        List<CheckReport> reports = new ArrayList<>();
        Optional<CorpusCase> kase = file != null && !Files.exists(file) ? Corpus.find(corpus, file.toString())
                : Optional.empty();
        try (Progress progress = Progress.start(spec.name(), kase.map(c -> c.targets().size()).orElse(1))) {
            if (kase.isPresent()) {
                // A corpus case: every one of its targets, with the options given here on top.
                for (Target t : kase.get().targets()) {
                    progress.item(kase.get().stem() + " " + t);
                    reports.add(checkCompiled(options, kase.get().file(), TargetOptions.of(t).overriddenBy(target)));
                    progress.step();
                }
            } else {
                progress.item(String.valueOf(object != null ? object : file != null ? file : "--params handler"));
                reports.add(object != null ? checkObject(options) : checkCompiled(options, file, target));
                progress.step();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        int exit = ExitCodes.OK;
        if (json) {
            // One JSON document: a file's report as an object, a corpus case's reports (one per target) as an array.
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(kase.isPresent() ? reports : reports.get(0)));
        }
        for (CheckReport report : reports) {
            if (!json) {
                print(report, out);
            }
            exit = ExitCodes.combine(exit, ExitCodes.of(report.outcome()));
        }
        out.flush();
        return exit;
    }

    CheckOptions checkOptions() {
        Set<TargetFacts.RegisterFile> file = new LinkedHashSet<>();
        try {
            cpuState.forEach(s -> file.add(TargetFacts.RegisterFile.byId(s.strip())));
            CalleeModel model = null;
            Map<String, CalleeModel> bySymbol = new LinkedHashMap<>();
            for (String m : calleeModels) {
                int eq = m.indexOf('=');
                if (eq < 0 && model != null) {
                    throw new InputException("--callee-model " + m + ": the default model is already " + model.id
                            + "; give it once, and SYMBOL=MODEL for single callees");
                } else if (eq < 0) {
                    model = CalleeModel.byId(m.strip());
                } else if (eq == 0) {
                    throw new InputException("--callee-model " + m + ": name the callee before '=', e.g. log_irq=general-regs-only");
                } else {
                    bySymbol.put(m.substring(0, eq).strip(), CalleeModel.byId(m.substring(eq + 1).strip()));
                }
            }
            for (String symbol : noReturn) {
                if (symbol.isBlank()) {
                    throw new InputException("--noreturn needs a symbol, e.g. --noreturn kernel_panic");
                }
            }
            if (calleeStackAlign != null && (calleeStackAlign < 1 || Integer.bitCount(calleeStackAlign) != 1)) {
                throw new InputException("--callee-stack-align must be a power of two, got " + calleeStackAlign);
            }
            return new CheckOptions(calleeStackAlign, model, file, bySymbol, Set.copyOf(noReturn));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private CheckReport checkCompiled(CheckOptions options, Path file, TargetOptions target) {
        if ((file == null) == !input.handler.given()) {
            throw new InputException("give either a .ll/.bc FILE, a handler description (--params N ...) or --object ELF");
        }
        if (!handlers.isEmpty()) {
            throw new InputException("--handler goes with --object; for IR every x86_intrcc function is judged");
        }
        String name = file != null ? file + (target.triple != null && target.mattr != null ? " [" + target.toTarget() + "]" : "")
                : "handler spec " + input.handler.name;
        String notX86 = file != null ? notX86(file, target.triple) : null;
        if (notX86 != null) {
            // Decided before any backend runs, so every backend gives the same answer (an llc with that target would compile it).
            return new CheckReport(name, null, null, target.triple, Outcome.REJECTED, notX86, List.of(), List.of(), List.of());
        }
        EnumSet<CompileOptions.Emit> obj = EnumSet.of(CompileOptions.Emit.OBJ);
        Cell cell;
        try (Compilation compilation = input.open(options, oracle())) {
            cell = file != null ? compilation.judgeFile(file, target.toCompileOptions(obj, input.skipPrototypeCheck))
                    : compilation.judgeSpec(input.handler, target, obj);
        }
        CompileResult r = cell.artifacts().compiled();
        if (r == null) {
            return new CheckReport(name, null, null, target.triple, cell.outcome(), cell.message(), List.of(), List.of(), List.of());
        }
        List<FunctionVerdict> verdicts = verdicts(cell);
        if (verdicts.isEmpty() && cell.functions().isEmpty()) {
            // Nothing was judged: that is not an OK.
            return new CheckReport(name, r.backend(), r.llvmVersion(), r.triple(), Outcome.REJECTED,
                    name + ": no x86_intrcc function, so nothing was judged: iretlab judges interrupt handlers, functions defined "
                            + "'define x86_intrcc void @name(ptr byval(...) ...)' (or check another file)",
                    List.of(), r.warnings(), r.passLog());
        }
        return new CheckReport(name, r.backend(), r.llvmVersion(), r.triple(), CheckReport.overall(verdicts), null,
                verdicts, r.warnings(), r.passLog());
    }

    private static final java.util.regex.Pattern TRIPLE = java.util.regex.Pattern.compile("(?m)^\\s*target\\s+triple\\s*=\\s*\"([^\"]*)\"");

    /**
     * Why a file cannot be judged because its target is not x86 (the --triple given, else the
     * module's own triple in a .ll file), or null. Bitcode is left to the backend.
     */
    private static String notX86(Path file, String tripleOption) {
        String triple = tripleOption;
        if (triple == null && Files.isRegularFile(file)) {
            IrSource source = IrSource.read(file);
            if (!source.isBitcode()) {
                java.util.regex.Matcher m = TRIPLE.matcher(source.text());
                triple = m.find() ? m.group(1) : null;
            }
        }
        if (triple == null || triple.isBlank() || Triples.isX86(triple)) {
            return null;
        }
        return file + ": target triple '" + triple + "' is not x86: x86_intrcc exists only for i386-*, i686-* and x86_64-*; "
                + "give --triple i686-unknown-none or x86_64-unknown-none to judge it as x86 code";
    }

    private CheckReport checkObject(CheckOptions options) throws IOException {
        if (file != null || input.handler.given()) {
            throw new InputException("--object judges code compiled elsewhere: give no FILE or handler description with it");
        }
        if (handlers.isEmpty()) {
            throw new InputException("--object needs at least one --handler SYMBOL[:ecode]");
        }
        if (!Files.isReadable(object)) {
            throw new InputException(object + ": no such file: give an ELF object or executable");
        }
        byte[] elf = Files.readAllBytes(object);
        DecodedObject decoded = ObjectDecoder.decode(elf, target.triple, object.toString());
        List<StaticCheck.Handler> list = new ArrayList<>();
        for (String h : handlers) {
            String[] parts = h.split(":", 2);
            if (parts.length == 2 && !parts[1].equals("ecode")) {
                throw new InputException("--handler " + h + ": the only suffix is ':ecode'");
            }
            list.add(new StaticCheck.Handler(parts[0], parts.length == 2));
            if (decoded.function(parts[0]).isEmpty()) {
                throw new InputException("--handler " + h + ": " + object + " has no function symbol " + parts[0]
                        + " (a data or undefined symbol cannot be judged); its function symbols: "
                        + Arguments.someOf(decoded.functions().stream().map(DecodedFunction::name).distinct().toList()));
            }
        }
        List<FunctionVerdict> verdicts;
        try (Compilation compilation = input.open(options, oracle())) {
            verdicts = verdicts(compilation.judgeObject(object.toString(), elf, decoded, target.mattr, list));
        }
        return new CheckReport(object.toString(), null, null, decoded.triple(), CheckReport.overall(verdicts), null,
                verdicts, List.of(), List.of());
    }

    /** The report for people; every text from input (names, LLVM's messages quoting the IR) made inert for a terminal. */
    private static void print(CheckReport report, PrintWriter out) {
        String where = report.triple() == null ? "" : " [" + report.triple()
                + (report.backend() == null ? "" : ", " + report.backend() + " " + report.llvmVersion()) + "]";
        out.println(InertText.terminal(report.input() + where) + ": " + report.outcome());
        if (report.message() != null) {
            out.println("  " + InertText.terminal(report.message()).replace("\n", "\n  "));
        }
        report.warnings().forEach(w -> out.println("  warning: " + InertText.terminal(w)));
        report.passLog().forEach(p -> out.println("  pass " + InertText.terminal(p)));
        for (FunctionVerdict v : report.functions()) {
            out.println("@" + InertText.terminal(v.function()) + ": " + v.outcome());
            for (Finding f : v.findings()) {
                String asm = InertText.terminal(f.assembly());
                String at = f.address() >= 0 ? String.format("0x%x  %-32s", f.address(), asm) : asm;
                out.println(String.format("  %-26s %s  %s", f.kind().id(), at, InertText.terminal(f.reason())));
            }
            v.notes().forEach(n -> out.println("  note: " + InertText.terminal(n)));
        }
    }
}
