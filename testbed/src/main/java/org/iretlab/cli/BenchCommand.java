package org.iretlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iretlab.bench.CompileBench;
import org.iretlab.bench.MatrixTimings;
import org.iretlab.common.InputException;
import org.iretlab.llvm.Llvm;
import org.iretlab.matrix.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {BenchCommand.Compile.class, BenchCommand.Matrix.class, BenchCommand.OracleBench.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new InputException("name a benchmark: iretlab bench compile, or iretlab bench matrix RUN_DIR");
    }

    @Command(name = "oracle", mixinStandardHelpOptions = true,
            description = {"Scenarios per second of the execution oracle, end to end from IR: build and compile a small "
                    + "i686 handler that calls out, link it into the harness kernel, boot QEMU, judge 16 scenarios; "
                    + "N handlers one after another on one thread."})
    static final class OracleBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-n", "--handlers"}, paramLabel = "N", defaultValue = "20", description = "Handlers to run (default: ${DEFAULT-VALUE}).")
        int handlers;

        @Override
        public Integer call() {
            if (handlers < 1) {
                throw new InputException("--handlers must be at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("iretlab bench oracle: %d cores, load average before: %s%n", Runtime.getRuntime().availableProcessors(),
                    Compile.loadAverage());
            org.iretlab.bench.OracleBench.Timing t = new org.iretlab.bench.OracleBench().run(handlers);
            out.printf("%d handlers, %d scenarios in %.2f s: %.1f scenarios/s end to end (compile %.1f ms, link + decode + judge %.1f ms, "
                    + "QEMU %.1f ms per handler)%n", handlers, t.scenarios(), t.seconds(), t.scenarios() / t.seconds(),
                    t.compileMs(), t.linkMs(), t.bootMs());
            out.printf("load average after: %s%n", Compile.loadAverage());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "matrix", mixinStandardHelpOptions = true,
            description = {"Per-stage cost (codegen, analysis, writing) of a finished `iretlab matrix` run, from the "
                    + "timings its cells stored: per backend and per backend kind."})
    static final class Matrix implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(paramLabel = "RUN_DIR", description = "The --out folder of a matrix run.")
        Path run;

        @Override
        public Integer call() {
            MatrixTimings.print(Run.load(run), spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    @Command(name = "compile", mixinStandardHelpOptions = true,
            description = {"Milliseconds per small handler module on the embedded LLVM in this JVM, and with one "
                    + "llc process per module when an llc is installed.",
                    "Prints the machine's load before and after: compare figures only from quiet runs."})
    static final class Compile implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-n", "--modules"}, paramLabel = "N", defaultValue = "500", description = "Modules per in-process workload (default: ${DEFAULT-VALUE}).")
        int modules;

        @Option(names = "--warmup", defaultValue = "200", description = "Modules compiled before measuring (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--llc", paramLabel = "PATH", description = "The llc to compare with (default: llc on PATH, else the newest /usr/lib/llvm-N/bin/llc).")
        Path llc;

        @Option(names = "--llc-modules", defaultValue = "50", description = "Modules for the llc workload (default: ${DEFAULT-VALUE}).")
        int llcModules;

        @Option(names = "--no-llc", description = "Skip the llc comparison.")
        boolean noLlc;

        @Override
        public Integer call() throws IOException {
            if (modules < 1 || warmup < 0 || llcModules < 1) {
                throw new InputException("--modules and --llc-modules must be at least 1, --warmup at least 0");
            }
            PrintWriter out = spec.commandLine().getOut();
            long t0 = System.nanoTime();
            String llvm = Llvm.version();
            double loadMs = (System.nanoTime() - t0) / 1e6;
            out.printf("iretlab bench compile: embedded LLVM %s, Java %s, %d cores, load average before: %s%n",
                    llvm, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
            CompileBench bench = new CompileBench();
            out.printf("loading libLLVM and registering X86: %.1f ms; first module in this JVM: %.1f ms%n", loadMs,
                    bench.buildAndEmitAsm(0, 1).meanMs());
            List<CompileBench.Timing> timings = new ArrayList<>();
            timings.add(bench.buildAndEmitAsm(warmup, modules));
            timings.add(bench.parseAndEmitAsm(warmup, modules));
            timings.add(bench.parseOptimiseAndEmitAsm(warmup, modules));
            timings.add(bench.buildAndEmitObject(warmup, modules));
            timings.add(bench.decodeAndAnalyse(warmup, modules));
            timings.addAll(bench.inModuleCallees(warmup, modules));
            timings.addAll(bench.fixPasses(warmup, modules));
            Path tool = noLlc ? null : llc != null ? llc : findLlc();
            if (tool != null) {
                timings.add(bench.llcPerModule(tool, llcModules));
            }
            out.printf("%-48s %7s %9s %9s %9s %9s%n", "workload", "modules", "mean ms", "median", "min", "p90");
            for (CompileBench.Timing t : timings) {
                out.printf("%-48s %7d %9.3f %9.3f %9.3f %9.3f%n", t.workload(), t.modules(), t.meanMs(), t.medianMs(),
                        t.minMs(), t.p90Ms());
            }
            if (tool == null && !noLlc) {
                out.println("no llc found: the per-process comparison was not run (give --llc PATH)");
            }
            out.printf("total %.1f s, load average after: %s%n", (System.nanoTime() - t0) / 1e9, loadAverage());
            out.flush();
            return ExitCodes.OK;
        }

        private static Path findLlc() throws IOException {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                Path p = Path.of(dir, "llc");
                if (!dir.isEmpty() && Files.isExecutable(p)) {
                    return p;
                }
            }
            Path lib = Path.of("/usr/lib");
            if (!Files.isDirectory(lib)) {
                return null;
            }
            try (var dirs = Files.list(lib)) {
                return dirs.filter(d -> d.getFileName().toString().matches("llvm-\\d+"))
                        .map(d -> d.resolve("bin/llc"))
                        .filter(Files::isExecutable)
                        .max((a, b) -> Integer.compare(major(a), major(b)))
                        .orElse(null);
            }
        }

        private static int major(Path llc) {
            return Integer.parseInt(llc.getParent().getParent().getFileName().toString().substring(5));
        }

        static String loadAverage() {
            try {
                String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return f[0] + " " + f[1] + " " + f[2];
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
