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
import org.iretlab.common.InputException;
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
    /**
     * What the oracle saw of one handler.
     *
     * @param lazyFp what the CR0.TS=1 scenario showed: the vector that ended it ({@code #NM} when the handler
     *        touches FP state), {@code no-fault}, {@code triple-fault}, or null when it hung
     * @param skippedAvx512 how many AVX-512 instructions QEMU could not run and the harness skipped: when
     *        not 0, an absence of findings proves nothing
     */
    public record Result(FunctionVerdict verdict, String lazyFp, int skippedAvx512, int scenarios, int boots, double seconds,
            List<String> hung) {}

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
     *
     * @param complete the whole handler ran; when AVX-512 instructions were skipped, a kind the oracle
     *        did not find is no disagreement
     */
    public static List<String> disagreements(java.util.Set<FindingKind> staticKinds, java.util.Set<FindingKind> oracleKinds,
            boolean complete) {
        List<String> out = new ArrayList<>();
        for (FindingKind k : DECIDES) {
            if (k.side != org.iretlab.verdict.Side.BOTH) {
                continue;
            }
            if (staticKinds.contains(k) && !oracleKinds.contains(k) && complete) {
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
        try (KeptFolder folder = new KeptFolder(h.symbol())) {
            Path dir = folder.path();
            Path handlerObject = Files.write(dir.resolve("handler.o"), object);
            List<String> undefined = Kernel.undefinedSymbols(handlerObject);
            boolean probe = h.errorCode() && Kernel.defines(handlerObject, HarnessSource.PROBE);
            Mode mode = Mode.of(triple);
            HarnessSource.Entry entry = h.errorCode() ? HarnessSource.Entry.FAULT : HarnessSource.Entry.INT;
            var facts = options.facts(triple, features, h.errorCode());
            List<HarnessSource.Skip> avx512 = avx512Instructions(object, triple, h);
            List<Scenario> remaining = new ArrayList<>(Scenario.standard(mode == Mode.BITS64));
            Map<Scenario, List<ScenarioJudge.Observation>> seen = new LinkedHashMap<>();
            List<String> hung = new ArrayList<>();
            int boots = 0;
            double seconds = 0;
            boolean retried = false;
            Map<IpLanding, Integer> ipAdvanced = new LinkedHashMap<>();
            String lazyFp = null;
            while (!remaining.isEmpty()) {
                Path kernel = Kernel.link(mode, dir, HarnessSource.render(mode, h.symbol(), entry, remaining, undefined,
                        facts.registerFile(), probe, avx512),
                        handlerObject);
                var linked = ObjectDecoder.decode(Files.readAllBytes(dir.resolve("kernel.elf")), triple);
                DecodedFunction code = linked.function(h.symbol())
                        .orElseThrow(() -> new InputException("the linked kernel has no " + h.symbol()));
                // Where each callee that gets an over-aligned local landed: the stand-in the call goes to.
                Map<Long, org.iretlab.llvm.OverAlignedArguments.Argument> overAligned = new LinkedHashMap<>();
                for (var local : h.overAligned()) {
                    linked.function(local.callee()).ifPresent(f -> overAligned.put(f.address(), local));
                }
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
                        List<ScenarioJudge.Observation> observations = ScenarioJudge.judge(mode, s, run, code,
                                facts.calleeStackAlign(), overAligned);
                        // With the handler's zmm saves and restores skipped, the vector registers show the stand-ins' junk.
                        seen.put(s, avx512.isEmpty() ? observations
                                : observations.stream().filter(o -> o.kind() != FindingKind.VECTOR_CLOBBERED).toList());
                        if (s.taskSwitched()) {
                            lazyFp = run.astray() ? "astray" : run.fault() == null ? "no-fault"
                                    : ScenarioJudge.vectorName(run.fault().vector());
                        }
                        if (run.ipAdvance() != null && run.ipAdvance().bytes() != 0) {
                            // Where IRQ0 found the code is where the iret went only if nothing ran on the way.
                            boolean untouched = observations.stream().noneMatch(o -> o.kind() == FindingKind.GPR_CLOBBERED
                                    || o.kind() == FindingKind.FLAGS_CLOBBERED);
                            ipAdvanced.merge(new IpLanding(run.ipAdvance(), untouched), 1, Integer::sum);
                        }
                    } else if (run != null) {
                        if (boot.timedOut() && !retried) {
                            // A busy machine can be slow: one more try before calling it a hang.
                            retried = true;
                            next.add(s);
                        } else if (boot.timedOut()) {
                            hung.add(s.describe());
                        } else {
                            if (s.taskSwitched()) {
                                lazyFp = FindingKind.TRIPLE_FAULT.id();
                            }
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
            if (!ipAdvanced.isEmpty()) {
                // A frame write that took effect (frame->ip += n): what a dropped non-volatile store would not do.
                List<String> notes = new ArrayList<>(v.notes());
                int run = seen.size();
                ipAdvanced.forEach((advance, count) -> notes.add(ipNote(advance, count, run)));
                v = new FunctionVerdict(v.function(), v.outcome(), v.findings(), notes);
            }
            if (!avx512.isEmpty()) {
                List<String> notes = new ArrayList<>(v.notes());
                notes.add(avx512.size() + " AVX-512 instructions skipped (QEMU has none): what they do to registers and memory"
                        + " is not seen, nor are the vector registers judged; what runs around them is, and the locals passed"
                        + " to callees");
                // Nothing found proves nothing when part of the handler did not run.
                v = new FunctionVerdict(v.function(), v.findings().isEmpty() ? org.iretlab.verdict.Outcome.NOT_AVAILABLE
                        : v.outcome(), v.findings(), notes);
            }
            return new Result(v, lazyFp, avx512.size(), seen.size(), boots, seconds, hung);
        } catch (IOException e) {
            throw new InputException("the oracle cannot use its temporary folder: " + e.getMessage());
        }
    }

    /** Where the code was found after the handler's iret, and whether registers and flags were untouched on the way. */
    private record IpLanding(ScenarioRun.IpAdvance advance, boolean untouched) {}

    private static String ipNote(IpLanding landing, int count, int run) {
        var advance = landing.advance();
        if (advance.bytes() == advance.triggerLength() && landing.untouched()) {
            return "the handler advanced the saved instruction pointer by " + advance.bytes() + " in " + count + " of the " + run
                    + " scenarios run (past the " + advance.triggerLength()
                    + "-byte instruction that entered it: its frame write took effect)";
        }
        return "after the iret the code was found " + advance.bytes() + " bytes past the start of the " + advance.triggerLength()
                + "-byte instruction that entered it, with registers or flags changed on the way, in " + count + " of the " + run
                + " scenarios run: the handler's frame write resumed it inside that instruction";
    }

    /**
     * The handler's EVEX-encoded instructions (zmm, mask registers, xmm/ymm16-31: AVX-512, which a CPU
     * such as skx implies without -mattr), which raise #UD under QEMU.
     */
    private static List<HarnessSource.Skip> avx512Instructions(byte[] object, String triple, StaticCheck.Handler h) {
        return ObjectDecoder.decode(object, triple).function(h.symbol()).map(f -> f.instructions().stream()
                .filter(i -> (i.bytes()[0] & 0xFF) == 0x62 || i.text().matches(".*(%zmm|%k[0-7]\\b|\\{%k).*"))
                .map(i -> new HarnessSource.Skip(i.address() - f.address(), i.length())).toList()).orElse(List.of());
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
}
