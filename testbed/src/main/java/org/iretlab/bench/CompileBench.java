package org.iretlab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.WorkFolder;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.ir.IrSource;
import org.iretlab.passes.Passes;
import org.iretlab.target.Target;

/**
 * The compile benchmark: milliseconds per small handler module on the embedded LLVM in one warm JVM,
 * and, for comparison, with one {@code llc} process per module (what driving LLVM from the shell costs).
 */
public final class CompileBench {
    static final String TRIPLE = "i686-unknown-linux-gnu";

    /** Timings of one workload, in milliseconds per module. */
    public record Timing(String workload, int modules, double meanMs, double medianMs, double minMs, double p90Ms) {
        static Timing of(String workload, long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            return new Timing(workload, sorted.length, mean, sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6,
                    sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)] / 1e6);
        }
    }

    private final EmbeddedCompiler compiler = new EmbeddedCompiler(EmbeddedCompiler.embeddedName());
    private final HandlerSpec spec = HandlerSpec.of("handler", Target.of(TRIPLE), 1)
            .withBody(new BodyFeature.CallExternal("ext"));
    private final IrSource source = IrSource.ofText("handler.ll", benchIr());

    /** Build + verify + lint + emit assembly, from a handler spec. */
    public Timing buildAndEmitAsm(int warmup, int modules) {
        CompileOptions asm = CompileOptions.forTriple(TRIPLE);
        return measure("build+verify+emit asm (spec)", warmup, modules, () -> compiler.compile(spec, asm));
    }

    /** Parse + verify + lint + emit assembly, from .ll text. */
    public Timing parseAndEmitAsm(int warmup, int modules) {
        CompileOptions asm = CompileOptions.forTriple(TRIPLE);
        return measure("parse .ll+verify+emit asm", warmup, modules, () -> compiler.compile(source, asm));
    }

    /** Parse + default&lt;O2&gt; + emit assembly. */
    public Timing parseOptimiseAndEmitAsm(int warmup, int modules) {
        CompileOptions o2 = CompileOptions.forTriple(TRIPLE).withPipeline("default<O2>");
        return measure("parse .ll+default<O2>+emit asm", warmup, modules, () -> compiler.compile(source, o2));
    }

    /** Build + emit an ELF object. */
    public Timing buildAndEmitObject(int warmup, int modules) {
        CompileOptions obj = CompileOptions.forTriple(TRIPLE).withEmit(CompileOptions.Emit.OBJ);
        return measure("build+verify+emit ELF object (spec)", warmup, modules, () -> compiler.compile(spec, obj));
    }

    /**
     * Decode + analyse the object of the spec handler (the static verdict alone, without the compile
     * it judges), to compare with the compile workloads.
     */
    public Timing decodeAndAnalyse(int warmup, int modules) {
        byte[] object = compiler.compile(spec, CompileOptions.forTriple(TRIPLE).withEmit(CompileOptions.Emit.OBJ)).object();
        List<StaticCheck.Handler> handler = List.of(new StaticCheck.Handler(spec.name(), false));
        return measure("decode+analyse the ELF object (static verdict)", warmup, modules,
                () -> StaticCheck.judge(ObjectDecoder.decode(object, TRIPLE), "", handler, CheckOptions.defaults(), List.of()));
    }

    /**
     * The same with in-module callees: a handler calling two helpers defined beside it, whose code the
     * analyser follows (each once per check), compiled from .ll, then decoded and judged with its IR facts.
     */
    public List<Timing> inModuleCallees(int warmup, int modules) {
        IrSource helpers = IrSource.ofText("helpers.ll", resource("helpers.ll"));
        CompileOptions obj = CompileOptions.forTriple(TRIPLE).withEmit(CompileOptions.Emit.OBJ);
        var compiled = compiler.compile(helpers, obj);
        List<StaticCheck.Handler> handler = compiled.handlers().stream().map(StaticCheck.Handler::of).toList();
        return List.of(
                measure("parse .ll+emit ELF object (in-module helpers)", warmup, modules, () -> compiler.compile(helpers, obj)),
                measure("decode+analyse that object (helpers followed)", warmup, modules,
                        () -> StaticCheck.judge(ObjectDecoder.decode(compiled.object(), TRIPLE), "", handler, CheckOptions.defaults(),
                                List.of())));
    }

    /**
     * The fix passes' cost, trial compiles included: a handler that needs stack-realign-32's
     * "stackrealign" (an AVX local aligned to 32 on i386-unknown-none: two trial compiles), one that
     * needs outlining (a call on i686-unknown-linux-gnu +sse2: "stackrealign" leaves the xmm saves
     * misaligned; three trial compiles), the same with every pass (x87-mmx-preserve adds two), and one
     * that needs nothing (one trial compile).
     */
    public List<Timing> fixPasses(int warmup, int modules) {
        HandlerSpec needsRealign = HandlerSpec.of("handler", new Target("i386-unknown-none", "", "+avx"), 1)
                .withBody(new BodyFeature.VectorLocal(256, 32));
        CompileOptions obj = CompileOptions.forTriple("i386-unknown-none").withEmit(CompileOptions.Emit.OBJ);
        Target sse = new Target(TRIPLE, "", "+sse2");
        HandlerSpec needsOutlining = HandlerSpec.of("handler", sse, 1).withBody(new BodyFeature.CallExternal("ext"));
        CompileOptions sseObj = CompileOptions.of(sse, Set.of(CompileOptions.Emit.OBJ));
        return List.of(
                measure("build+emit object, no pass (needs realignment)", warmup, modules, () -> compiler.compile(needsRealign, obj)),
                measure("build+stack-realign-32+emit object", warmup, modules,
                        () -> compiler.compile(needsRealign, obj.withPasses(List.of("stack-realign-32")))),
                measure("build+emit object, no pass (needs outlining)", warmup, modules, () -> compiler.compile(needsOutlining, sseObj)),
                measure("build+stack-realign-32 (outlines)+emit object", warmup, modules,
                        () -> compiler.compile(needsOutlining, sseObj.withPasses(List.of("stack-realign-32")))),
                measure("build+all fix passes (outlines)+emit object", warmup, modules,
                        () -> compiler.compile(needsOutlining, sseObj.withPasses(Passes.NAMES))),
                measure("build+stack-realign-32+emit object (nothing to do)", warmup, modules,
                        () -> compiler.compile(spec, CompileOptions.forTriple(TRIPLE).withEmit(CompileOptions.Emit.OBJ)
                                .withPasses(List.of("stack-realign-32")))));
    }

    /** One llc process per module on the same .ll text, through {@link ExternalProcess}. */
    public Timing llcPerModule(Path llc, int modules) throws IOException {
        try (WorkFolder work = WorkFolder.create("iretlab-bench-")) {
            Path dir = work.path();
            Path ll = Files.writeString(dir.resolve("handler.ll"), benchIr());
            List<String> command = new ArrayList<>(List.of(llc.toString(), "-mtriple=" + TRIPLE,
                    "-relocation-model=static"));
            command.addAll(opaquePointerFlags(llc));
            command.addAll(List.of("-o", dir.resolve("handler.s").toString(), ll.toString()));
            long[] nanos = new long[modules];
            for (int i = 0; i < modules; i++) {
                long t0 = System.nanoTime();
                ExternalProcess.Result r = ExternalProcess.run(command, Duration.ofSeconds(60));
                nanos[i] = System.nanoTime() - t0;
                if (r.exitCode() != 0) {
                    throw new IOException(String.join(" ", command) + " failed (" + r.exitCode() + "): " + r.stderr());
                }
            }
            return Timing.of("llc process per module (" + llcVersion(llc) + ")", nanos);
        }
    }

    /** LLVM 13 and 14 read opaque-pointer IR only when asked to. */
    static List<String> opaquePointerFlags(Path llc) throws IOException {
        String version = llcVersion(llc);
        if (version.startsWith("13.")) {
            return List.of("-force-opaque-pointers");
        }
        return version.startsWith("14.") ? List.of("-opaque-pointers") : List.of();
    }

    static String llcVersion(Path llc) throws IOException {
        ExternalProcess.Result r = ExternalProcess.run(List.of(llc.toString(), "--version"), Duration.ofSeconds(30));
        Matcher m = Pattern.compile("LLVM version (\\d+\\.\\d+\\.\\d+)").matcher(r.stdout());
        return m.find() ? m.group(1) : "unknown";
    }

    private static Timing measure(String workload, int warmup, int modules, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        long[] nanos = new long[modules];
        for (int i = 0; i < modules; i++) {
            long t0 = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - t0;
        }
        return Timing.of(workload, nanos);
    }

    static String benchIr() {
        return resource("handler.ll");
    }

    private static String resource(String name) {
        try (InputStream in = CompileBench.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the benchmark module " + name + " is missing from the classpath", e);
        }
    }
}
