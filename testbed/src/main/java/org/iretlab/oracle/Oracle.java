package org.iretlab.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.ir.InputException;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/**
 * The execution oracle: each handler is linked into a harness kernel and booted under QEMU, which
 * delivers one interrupt per scenario; the machine state before and after is compared and every
 * difference is a finding, with the scenarios that show it. A scenario that hangs or triple-faults
 * ends only itself: the batch is booted again without it and without the finished ones.
 */
public final class Oracle {
    /** What the oracle saw of one handler. */
    public record Result(FunctionVerdict verdict, int scenarios, int boots, double seconds, List<String> hung) {}

    /**
     * The kinds this oracle decides (design.md: the kinds of side "both" it observes, and its own):
     * a static finding of one of the "both" kinds should show here too, and the other way round.
     */
    public static final java.util.Set<FindingKind> DECIDES = java.util.EnumSet.of(FindingKind.MISALIGNED_STACK_ACCESS,
            FindingKind.MISALIGNED_CALL_SITE, FindingKind.SP_AT_IRET_WRONG, FindingKind.GPR_CLOBBERED,
            FindingKind.VECTOR_CLOBBERED, FindingKind.X87_STATE_CLOBBERED, FindingKind.MMX_STATE_CLOBBERED,
            FindingKind.MXCSR_CLOBBERED, FindingKind.MISSING_CLD, FindingKind.FLAGS_CLOBBERED,
            FindingKind.STACK_MEMORY_CLOBBERED, FindingKind.HANDLER_FAULT, FindingKind.TRIPLE_FAULT,
            FindingKind.WRONG_ERROR_CODE, FindingKind.STACK_BELOW_SP_USE);

    /**
     * Where the static verdict and the oracle disagree: kinds both sides decide that only one of
     * them found. Each is a bug in one of them until explained.
     */
    public static List<String> disagreements(java.util.Set<FindingKind> staticKinds, java.util.Set<FindingKind> oracleKinds) {
        List<String> out = new ArrayList<>();
        for (FindingKind k : DECIDES) {
            if (k.side != org.iretlab.verdict.Side.BOTH) {
                continue;
            }
            if (staticKinds.contains(k) && !oracleKinds.contains(k)) {
                out.add(k.id() + ": found statically, not under QEMU");
            } else if (!staticKinds.contains(k) && oracleKinds.contains(k)) {
                out.add(k.id() + ": found under QEMU, not statically");
            }
        }
        return out;
    }

    private final Duration bootLimit;

    /** @param bootLimit the wall-time limit of one boot (generous: 20 times a normal boot or more) */
    public Oracle(Duration bootLimit) {
        this.bootLimit = bootLimit;
    }

    /** True when this machine has the QEMU the oracle needs for the triple. */
    public static boolean available(String triple) {
        return Qemu.installed(Mode.of(triple));
    }

    public List<Result> run(byte[] object, String triple, String features, List<StaticCheck.Handler> handlers,
            CheckOptions options) {
        List<Result> out = new ArrayList<>();
        for (StaticCheck.Handler h : handlers) {
            out.add(runHandler(object, triple, features, h, options));
        }
        return out;
    }

    private Result runHandler(byte[] object, String triple, String features, StaticCheck.Handler h, CheckOptions options) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("iretlab-oracle-");
            Path handlerObject = Files.write(dir.resolve("handler.o"), object);
            List<String> undefined = Kernel.undefinedSymbols(handlerObject);
            boolean probe = h.errorCode() && Kernel.defines(handlerObject, HarnessSource.PROBE);
            Mode mode = Mode.of(triple);
            HarnessSource.Entry entry = h.errorCode() ? HarnessSource.Entry.FAULT : HarnessSource.Entry.INT;
            var facts = options.facts(triple, features, h.errorCode());
            if (facts.registerFile().contains(org.iretlab.analysis.TargetFacts.RegisterFile.AVX512) || usesAvx512(object, triple, h)) {
                throw new OracleNotAvailable("QEMU 7.2 has no AVX-512: a handler built for it cannot run here");
            }
            boolean sse = facts.registerFile().contains(org.iretlab.analysis.TargetFacts.RegisterFile.SSE);
            List<Scenario> remaining = new ArrayList<>(Scenario.standard(mode == Mode.BITS64));
            Map<Scenario, List<ScenarioJudge.Observation>> seen = new LinkedHashMap<>();
            List<String> hung = new ArrayList<>();
            int boots = 0;
            double seconds = 0;
            boolean retried = false;
            int ipAdvanced = 0;
            while (!remaining.isEmpty()) {
                Path kernel = Kernel.link(mode, dir, HarnessSource.render(mode, h.symbol(), entry, remaining, undefined, sse,
                        probe),
                        handlerObject);
                DecodedFunction code = ObjectDecoder.decode(Files.readAllBytes(dir.resolve("kernel.elf")), triple)
                        .function(h.symbol()).orElseThrow(() -> new InputException("the linked kernel has no " + h.symbol()));
                Qemu.Boot boot = Qemu.boot(kernel, mode, bootLimit);
                Files.writeString(dir.resolve("boot-" + boots + ".log"), boot.output());
                boots++;
                seconds += boot.seconds();
                List<Scenario> next = new ArrayList<>();
                Map<Integer, ScenarioRun> runs = ScenarioRun.parse(boot.output());
                for (int i = 0; i < remaining.size(); i++) {
                    Scenario s = remaining.get(i);
                    ScenarioRun run = runs.get(i);
                    if (run != null && run.ended()) {
                        seen.put(s, ScenarioJudge.judge(mode, s, run, code, facts.calleeStackAlign()));
                        if (run.ipAdvanced()) {
                            ipAdvanced++;
                        }
                    } else if (run != null) {
                        if (boot.timedOut() && !retried) {
                            // A busy machine can be slow: one more try before calling it a hang.
                            retried = true;
                            next.add(s);
                        } else if (boot.timedOut()) {
                            hung.add(s.describe());
                        } else {
                            seen.put(s, List.of(new ScenarioJudge.Observation(org.iretlab.verdict.FindingKind.TRIPLE_FAULT, null,
                                    "the machine reset (triple fault) during this scenario")));
                        }
                    } else {
                        next.add(s);
                    }
                }
                if (next.size() == remaining.size()) {
                    throw new InputException("the oracle's kernel ran no scenario (QEMU exit status " + boot.status()
                            + "): " + firstLines(boot.output()));
                }
                remaining = next;
            }
            FunctionVerdict v = verdict(h.symbol(), seen);
            if (ipAdvanced > 0) {
                // A frame write that took effect (frame->ip += 2): what a dropped non-volatile store would not do.
                List<String> notes = new ArrayList<>(v.notes());
                notes.add("the handler advanced the saved instruction pointer by 2 in " + ipAdvanced + " of the " + seen.size()
                        + " scenarios run (its frame write took effect)");
                v = new FunctionVerdict(v.function(), v.outcome(), v.findings(), notes);
            }
            return new Result(v, seen.size(), boots, seconds, hung);
        } catch (IOException e) {
            throw new InputException("the oracle cannot use its temporary folder: " + e.getMessage());
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A handler whose code touches zmm or mask registers (a CPU such as skx implies AVX-512 without -mattr). */
    private static boolean usesAvx512(byte[] object, String triple, StaticCheck.Handler h) {
        return ObjectDecoder.decode(object, triple).function(h.symbol()).map(f -> f.instructions().stream()
                .anyMatch(i -> i.text().matches(".*(%zmm|%k[0-7]\\b|\\{%k).*"))).orElse(false);
    }

    /**
     * The observations of all scenarios, one finding per kind and place, naming the scenarios that
     * show it. The CR0.TS=1 scenario is reported as a note: #NM at the first FP instruction is what
     * lazy FP switching does to any handler that touches FP state, saving it included.
     */
    private static FunctionVerdict verdict(String function, Map<Scenario, List<ScenarioJudge.Observation>> all) {
        Map<Scenario, List<ScenarioJudge.Observation>> seen = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        all.forEach((s, observations) -> {
            if (s.taskSwitched()) {
                notes.add("with CR0.TS=1: " + observations.stream()
                        .filter(o -> o.kind() == FindingKind.HANDLER_FAULT || o.kind() == FindingKind.TRIPLE_FAULT)
                        .map(o -> o.evidence().replace(" in the handler", "") + (o.at() != null ? " at " + o.at().text() : ""))
                        .findFirst().orElse(observations.isEmpty() ? "no fault: the handler touches no FP state"
                                : "no fault, but: " + observations.get(0).evidence()));
            } else {
                seen.put(s, observations);
            }
        });
        Map<String, List<Map.Entry<Scenario, ScenarioJudge.Observation>>> groups = new LinkedHashMap<>();
        for (var e : seen.entrySet()) {
            for (ScenarioJudge.Observation o : e.getValue()) {
                String place = o.at() != null ? Long.toString(o.at().address())
                        : o.evidence().startsWith("changed by the iret") ? "fx" : o.evidence().split(" was ")[0];
                groups.computeIfAbsent(o.kind().id() + "@" + place, k -> new ArrayList<>()).add(Map.entry(e.getKey(), o));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (var g : groups.values()) {
            ScenarioJudge.Observation first = g.get(0).getValue();
            List<Scenario> where = g.stream().map(Map.Entry::getKey).distinct().toList();
            String scenarios = where.size() == seen.size() ? "in every scenario"
                    : "in " + where.size() + " of " + seen.size() + " scenarios: " + where.stream().map(Scenario::describe)
                            .limit(3).collect(Collectors.joining("; ")) + (where.size() > 3 ? "; ..." : "");
            String reason = first.evidence() + " (" + scenarios + ")";
            findings.add(first.at() != null ? new Finding(first.kind(), first.at().address(), first.at().text(), reason)
                    : Finding.inIr(first.kind(), "@" + function + " under QEMU", reason));
        }
        notes.add(0, seen.size() + " scenarios on QEMU");
        return FunctionVerdict.of(function, findings, notes);
    }

    private static String firstLines(String output) {
        return output.lines().limit(5).collect(Collectors.joining(" | "));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || System.getenv("IRETLAB_KEEP_ORACLE") != null) {
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

    /** The oracle cannot run this here, and says why (the cell is N/A). */
    public static final class OracleNotAvailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public OracleNotAvailable(String reason) {
            super(reason);
        }
    }
}
