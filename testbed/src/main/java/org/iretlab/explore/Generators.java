package org.iretlab.explore;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.SplittableRandom;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.common.InputException;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.HandlerIrBuilder;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.llvm.Llvm;
import org.iretlab.llvm.LlvmSession;
import org.iretlab.target.Target;

/**
 * The handlers of an explore run, by seed and index: handler {@code i} of seed {@code s} depends on
 * nothing else (not on the handlers before it, the shard or the backends), so shards, resumed runs
 * and a person re-running one seed all get the same file. Built with the embedded LLVM in this
 * process: only iretlab's own descriptions and corpus cases reach it.
 */
public final class Generators {
    private final long seed;
    private final CorpusMutator mutator;
    private final Optional<StressBodies> stress;
    private final String settings;
    /** What a handler's first draw picks: a corpus mutation, an llvm-stress body, or (and as fallback) a spec. */
    private static final int MUTATION = 0;
    private static final int STRESS = 1;
    /** How many expected handlers ahead llvm-stress runs: enough to keep two threads busy between two stress handlers. */
    private static final int LOOKAHEAD = 8;
    private PrimitiveIterator.OfInt upcoming = IntStream.empty().iterator();
    /** Expected indices looked at for an llvm-stress run, in order; the bodies started for those that are stress handlers. */
    private final ArrayDeque<Integer> planned = new ArrayDeque<>();
    private final Map<Integer, Future<String>> bodies = new HashMap<>();

    /** @param corpus the cases generator 3 mutates (empty: every handler comes from generator 1) */
    public Generators(long seed, List<CorpusCase> corpus) {
        this.seed = seed;
        this.mutator = new CorpusMutator(corpus);
        this.stress = StressBodies.installed();
        this.settings = "llvm-stress " + stress.map(s -> s.tool().toString()).orElse("none") + "; corpus " + corpusDigest(corpus);
    }

    /**
     * What handler {@code i} of a seed depends on besides the seed: the llvm-stress binary and the
     * corpus mutated. Shards made with other settings hold handlers of other runs under the same
     * names, so {@code merge} refuses to join them.
     */
    public String settings() {
        return settings;
    }

    private static String corpusDigest(List<CorpusCase> corpus) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            corpus.stream().sorted(Comparator.comparing(CorpusCase::stem))
                    .forEach(c -> sha.update((c.stem() + "\u0000" + c.digest() + "\n").getBytes(StandardCharsets.UTF_8)));
            return corpus.size() + " cases, sha256 " + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** The handler's stem: the same for every seed, so that a reproducer keeps its name when re-generated. */
    public static String name(int index) {
        return String.format("explore_%06d", index);
    }

    /**
     * Says which handlers {@link #generate} will be asked for next, in increasing order (a shard's
     * indices not done yet): the llvm-stress bodies of the next {@value #LOOKAHEAD} are made on other
     * threads while the caller judges the ones before. What is generated stays the same; a handler
     * asked for out of this order only waits for its llvm-stress.
     */
    public void expect(PrimitiveIterator.OfInt indices) {
        upcoming = indices;
        planned.clear();
        bodies.clear();
    }

    /** How many llvm-stress bodies are being made ahead now. */
    int bodiesAhead() {
        return bodies.size();
    }

    public Generated generate(int index) {
        prepareAfter(index);
        SplittableRandom r = random(index);
        String name = name(index);
        int which = r.nextInt(3);
        if (which == MUTATION && mutator.hasCases()) {
            Generated mutated = mutator.mutate(r.split(), name);
            if (mutated != null) {
                return mutated;
            }
        } else if (which == STRESS && stress.isPresent()) {
            return stress.get().generate(r.split(), name, bodies.remove(index));
        }
        return fromSpec(r.split(), name);
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** Starts the llvm-stress runs of the next expected handlers after {@code index}. */
    private void prepareAfter(int index) {
        while (!planned.isEmpty() && planned.peekFirst() < index) {
            // Expected, never asked for: its body is not kept.
            bodies.remove(planned.removeFirst());
        }
        while (stress.isPresent() && planned.size() < LOOKAHEAD && upcoming.hasNext()) {
            int next = upcoming.nextInt();
            if (next > index) {
                planned.addLast(next);
                SplittableRandom r = random(next);
                if (r.nextInt(3) == STRESS) {
                    bodies.put(next, stress.get().prepare(r.split()));
                }
            }
        }
    }

    /** Generator 1: a description sampled from the builder's space, built into IR. */
    static Generated fromSpec(SplittableRandom r, String name) {
        Target target = SpecSampler.target(r);
        HandlerSpec spec = SpecSampler.spec(r, name, target);
        // A context of its own: named types are then spelled the same whatever was generated before.
        LLVMContextRef context = LLVMContextCreate();
        try {
            LLVMModuleRef module = new HandlerIrBuilder(context, LlvmSession.current().targetMachine(target)).build(spec);
            try {
                return new Generated(name, "spec", describe(spec), null, target, Llvm.takeMessage(LLVMPrintModuleToString(module)));
            } finally {
                LLVMDisposeModule(module);
            }
        } catch (InputException e) {
            // The sampler only draws what the builder takes: this is iretlab's bug, not the user's input.
            throw new IllegalStateException("generator 1 drew a spec the builder refuses: " + describe(spec) + ": " + e.getMessage(), e);
        } finally {
            LLVMContextDispose(context);
        }
    }

    /** The spec as iretlab check's options spell it, so a person can build it again by hand. */
    static String describe(HandlerSpec spec) {
        StringBuilder b = new StringBuilder("--params " + spec.parameters() + " --frame " + spec.frame().token);
        if (!spec.body().isEmpty()) {
            b.append(" --body ").append(spec.body().stream().map(BodyFeature::token).collect(Collectors.joining(",")));
        }
        spec.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(" --attr ").append(e.getKey().irName).append(e.getValue().isEmpty() ? "" : "=" + e.getValue()));
        return b.toString();
    }
}
