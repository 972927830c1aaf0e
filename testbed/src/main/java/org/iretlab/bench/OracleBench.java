package org.iretlab.bench;

import java.time.Duration;
import java.util.List;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.oracle.Oracle;
import org.iretlab.target.Target;

/**
 * The oracle end to end from IR, one handler after another: build and compile (embedded LLVM),
 * then link the harness kernel and boot QEMU through all scenarios. The handler is a 32-bit one
 * that calls out, so stand-ins, the call log and every register class are exercised.
 */
public final class OracleBench {
    private static final String TRIPLE = "i686-unknown-linux-gnu";

    /** Totals for a run: scenarios judged, wall seconds, and the mean per handler of each stage. */
    public record Timing(int scenarios, double seconds, double compileMs, double linkMs, double bootMs) {}

    public Timing run(int handlers) {
        EmbeddedCompiler compiler = new EmbeddedCompiler(EmbeddedCompiler.embeddedName());
        HandlerSpec spec = HandlerSpec.of("handler", new Target(TRIPLE, "", "+sse2"), 1).withBody(new BodyFeature.CallExternal("ext"));
        Oracle oracle = new Oracle(Duration.ofSeconds(60));
        int scenarios = 0;
        double compile = 0;
        double rest = 0;
        double boot = 0;
        long start = System.nanoTime();
        for (int i = 0; i < handlers; i++) {
            long t0 = System.nanoTime();
            CompileResult r = compiler.compile(spec, CompileOptions.forTriple(TRIPLE).withEmit(CompileOptions.Emit.OBJ));
            long t1 = System.nanoTime();
            List<Oracle.Result> results = oracle.run(r.object(), r.triple(), "+sse2",
                    List.of(new StaticCheck.Handler("handler", false)), CheckOptions.defaults());
            long t2 = System.nanoTime();
            compile += (t1 - t0) / 1e6;
            rest += (t2 - t1) / 1e6;
            for (Oracle.Result res : results) {
                scenarios += res.scenarios();
                boot += res.seconds() * 1000;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Timing(scenarios, seconds, compile / handlers, (rest - boot) / handlers, boot / handlers);
    }
}
