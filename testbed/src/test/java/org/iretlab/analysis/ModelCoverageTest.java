package org.iretlab.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.junit.jupiter.api.Test;

/**
 * The model knows every instruction the embedded LLVM emits for handlers: every body feature of
 * the builder, on every triple and feature set, at -O0 and -O2, decodes and analyses without an
 * unknown-instruction finding. (The corpus is covered likewise by ir-tests.)
 */
class ModelCoverageTest {
    private static final List<String> TRIPLES = List.of("i386-unknown-none", "i686-unknown-linux-gnu", "x86_64-unknown-none");
    private static final List<String> FEATURES = List.of("", "-sse", "+avx", "+avx512f");
    private static final List<String> BODIES = List.of("call", "vector=128:16", "vector=256:32", "vector=512:64",
            "local=8192", "x87", "float", "i64-div", "i64-fp", "mmx", "clobber=ebx+xmm0", "frame-ip-write",
            "frame-ip-write-volatile", "pressure=20", "error-code");

    @Test
    void everyInstructionOfEveryBuilderFeatureIsModelled() {
        EmbeddedCompiler compiler = new EmbeddedCompiler("embedded-test");
        List<String> unknown = new ArrayList<>();
        int judged = 0;
        for (String triple : TRIPLES) {
            for (String features : FEATURES) {
                for (String body : BODIES) {
                    for (int params = body.equals("error-code") ? 2 : 1; params <= 2; params++) {
                        for (int opt : new int[] {0, 2}) {
                            HandlerSpec spec = HandlerSpec.of("h", new Target(triple, "", features), params)
                                    .withBody(HandlerSpec.feature(body), new BodyFeature.CallExternal("ext"));
                            CompileResult r = compiler.compile(spec, CompileOptions.of(new Target(null, "", "", opt, null, null),
                                    Set.of(CompileOptions.Emit.OBJ)));
                            FunctionVerdict v = StaticCheck.judge(ObjectDecoder.decode(r.object(), triple), features,
                                    List.of(new StaticCheck.Handler("h", params == 2)), CheckOptions.defaults(), List.of()).get(0);
                            judged++;
                            v.findings().stream().filter(f -> f.kind() == FindingKind.UNKNOWN_INSTRUCTION)
                                    .forEach(f -> unknown.add(triple + " " + features + " " + body + " -O" + opt + ": " + f.describe()));
                        }
                    }
                }
            }
        }
        assertTrue(judged > 300);
        assertTrue(unknown.isEmpty(), () -> unknown.size() + " unknown:\n" + String.join("\n", unknown.subList(0, Math.min(40, unknown.size()))));
    }
}
