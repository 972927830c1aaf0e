package org.iretlab.oracle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Outcome;

/**
 * Folds one handler's scenario runs into the oracle's result: one finding per kind and place,
 * naming the scenarios that show it; what the CR0.TS=1 scenario did; where the code went after the
 * iret when the handler moved the saved IP; what skipped AVX-512 instructions leave unseen; the
 * scenarios it did not return from, and how (halted, spinning, a noreturn call: a note, not a
 * finding); and those that hung past the boot limit (then it is a TIMEOUT, with the findings of the others).
 */
final class VerdictFold {
    private VerdictFold() {}

    /** The register state whose change on the way from the iret to IRQ0 says the code did not resume where the frame says. */
    private static final Set<FindingKind> REGISTER_STATE = EnumSet.of(FindingKind.GPR_CLOBBERED, FindingKind.FLAGS_CLOBBERED,
            FindingKind.VECTOR_CLOBBERED, FindingKind.X87_STATE_CLOBBERED, FindingKind.MMX_STATE_CLOBBERED,
            FindingKind.MXCSR_CLOBBERED);

    /**
     * What the harness compares after the iret: the interrupted code's state. It is the handler's doing only where
     * the code resumed where the frame said (see {@link IpLanding#resumedInside}).
     */
    private static final Set<FindingKind> AFTER_IRET = EnumSet.of(FindingKind.GPR_CLOBBERED, FindingKind.FLAGS_CLOBBERED,
            FindingKind.VECTOR_CLOBBERED, FindingKind.X87_STATE_CLOBBERED, FindingKind.MMX_STATE_CLOBBERED,
            FindingKind.MXCSR_CLOBBERED, FindingKind.SP_AT_IRET_WRONG, FindingKind.SEGMENT_CLOBBERED,
            FindingKind.STACK_MEMORY_CLOBBERED);

    /**
     * Where the code was found after the handler's iret, whether registers and flags were untouched on the way, and
     * the fault it raised there (null when it raised none).
     */
    private record IpLanding(ScenarioRun.IpAdvance advance, boolean untouched, String faulted) {
        /**
         * The handler's frame write sent the code where the harness's own bytes ran as other instructions before
         * anyone looked at the registers. After {@code int} that is anywhere off the landing pads (which change
         * nothing). A faulting load is followed by a spin, and its own bytes run from inside end there too (from +1
         * on {@code mov sel, %ds} they are an {@code sbb} of 5 bytes), so there an exact skip counts only with the
         * registers untouched on the way.
         */
        boolean resumedInside() {
            if (advance.pads() > 0) {
                return !advance.onPads();
            }
            return advance.bytes() != advance.triggerLength() || !untouched;
        }
    }

    static Oracle.Result fold(String function, BootLoop.Runs runs, int skippedAvx512) {
        Map<Scenario, List<ScenarioJudge.Observation>> seen = new LinkedHashMap<>();
        Map<IpLanding, Integer> ipAdvanced = new LinkedHashMap<>();
        String lazyFp = null;
        boolean compared = false;
        boolean called = false;
        // The frame write is the handler's, the same in every scenario. Where the harness did not see where the iret
        // went (from ring 3, or when the code ran on past the spin before the timer came), the scenarios that did say.
        boolean resumesInside = runs.ended().stream().map(VerdictFold::landing).anyMatch(l -> l != null && l.resumedInside());
        for (BootLoop.Ended e : runs.ended()) {
            // With the handler's zmm saves and restores skipped, the vector registers show the stand-ins' junk.
            List<ScenarioJudge.Observation> observations = skippedAvx512 == 0 ? e.observations()
                    : e.observations().stream().filter(o -> o.kind() != FindingKind.VECTOR_CLOBBERED).toList();
            if (e.scenario().taskSwitched()) {
                lazyFp = lazyFp(e.run());
            }
            IpLanding landing = landing(e);
            if (landing != null) {
                ipAdvanced.merge(landing, 1, Integer::sum);
            }
            boolean inside = landing != null ? landing.resumedInside() : resumesInside;
            if (inside) {
                observations = observations.stream().filter(o -> !AFTER_IRET.contains(o.kind())).toList();
            }
            if (landing != null && landing.faulted() != null && !e.scenario().taskSwitched()) {
                // The harness's own bytes faulted where the handler's moved frame IP sent them: what it asked for, no
                // fault of the convention (the note says where). A fault at one of its own instructions stays.
                observations = observations.stream().filter(o -> o.kind() != FindingKind.HANDLER_FAULT || o.at() != null).toList();
            }
            seen.put(e.scenario(), observations);
            if (e.run() != null && !e.scenario().taskSwitched()) {
                compared |= e.notReturned() == null && !e.run().astray() && e.run().fault() == null && !inside;
                called |= !e.run().calls().isEmpty() || !e.run().entries().isEmpty();
            }
        }
        Set<Scenario> stopped = runs.ended().stream().filter(e -> e.notReturned() != null).map(BootLoop.Ended::scenario)
                .collect(Collectors.toSet());
        FunctionVerdict v = verdict(function, seen, stopped);
        List<String> notes = new ArrayList<>(v.notes());
        // A frame write that took effect (frame->ip += n): what a dropped non-volatile store would not do.
        ipAdvanced.forEach((landing, count) -> notes.add(ipNote(landing, count, seen.size())));
        if (skippedAvx512 > 0) {
            notes.add(skippedAvx512 + " AVX-512 instructions skipped (QEMU has none): what they do to registers and memory"
                    + " is not seen, nor are the vector registers judged; what runs around them is, and the locals passed"
                    + " to callees");
        }
        // A handler that did not return is a TIMEOUT, whatever the other scenarios showed (their findings stay).
        List<String> hangs = new ArrayList<>();
        runs.hung().forEach(s -> hangs.add("did not return: TIMEOUT in scenario " + s));
        if (!runs.notRun().isEmpty()) {
            hangs.add(runs.notRun().size() + " scenarios not run: the handler hung in " + BootLoop.HUNG_IN_A_ROW
                    + " boots in a row, so it is taken to hang in all (" + String.join("; ", runs.notRun().stream().limit(3).toList())
                    + (runs.notRun().size() > 3 ? "; ..." : "") + ")");
        }
        notes.addAll(0, hangs);
        notes.addAll(0, notReturned(runs.ended()));
        // Nothing found proves nothing when part of the handler did not run.
        Outcome outcome = !runs.hung().isEmpty() ? Outcome.TIMEOUT
                : skippedAvx512 > 0 && v.findings().isEmpty() ? Outcome.NOT_AVAILABLE : v.outcome();
        // What no scenario got to is not judged: the state after an iret none came back from cleanly, and calls when
        // none was made and none returned (a call on a path the scenarios did not take is another matter: it is judged).
        Set<FindingKind> unjudged = EnumSet.noneOf(FindingKind.class);
        if (!compared) {
            unjudged.addAll(AFTER_IRET);
            // The error code the handler stored is read with the state after the iret, in a scenario that returned.
            unjudged.add(FindingKind.WRONG_ERROR_CODE);
            if (!called) {
                unjudged.add(FindingKind.MISALIGNED_CALL_SITE);
            }
        }
        return new Oracle.Result(new FunctionVerdict(function, outcome, v.findings(), List.copyOf(notes)), lazyFp,
                skippedAvx512, seen.size(), runs.boots(), runs.seconds(), runs.hung(), stopped.size(), unjudged,
                runs.kernelHandlers());
    }

    /**
     * Where the code was found after the handler's iret, when the handler moved its saved IP; else null (0 bytes: the
     * load retried, or after {@code int} the harness did not get to read the frame).
     */
    private static IpLanding landing(BootLoop.Ended e) {
        if (e.run() == null || e.run().ipAdvance() == null || e.run().ipAdvance().bytes() == 0
                || e.run().ipAdvance().moved() == 0) {
            return null;
        }
        // Where IRQ0 found the code is where the iret went only if nothing ran on the way.
        // (What runs from inside the entering instruction depends on the address it encodes, which moves
        // with the harness's layout: some of it changes only a vector register.)
        // (From the landing pads nothing runs on the way that changes them: there a change is the handler's.)
        ScenarioRun.IpAdvance advance = e.run().ipAdvance();
        // A fault reported with a landing is one strictly inside the entering instruction (the harness reports no other).
        return new IpLanding(advance, advance.onPads() || e.observations().stream().noneMatch(o -> REGISTER_STATE.contains(o.kind())),
                e.run().fault() == null ? null : ScenarioJudge.vectorName(e.run().fault().vector()));
    }

    /**
     * One note per way the handler did not return ("did not return: halted at 0x101283 (hlt_handler+0x3:
     * hlt), in every scenario"): what it did instead, where it first did it, in which scenarios.
     */
    private static List<String> notReturned(List<BootLoop.Ended> ended) {
        Map<String, List<BootLoop.Ended>> ways = new LinkedHashMap<>();
        ended.stream().filter(e -> e.notReturned() != null)
                .forEach(e -> ways.computeIfAbsent(e.notReturned().summary(), k -> new ArrayList<>()).add(e));
        List<String> out = new ArrayList<>();
        ways.forEach((summary, where) -> out.add("did not return: " + summary + (where.get(0).notReturned().detail().isEmpty() ? ""
                : " (" + where.get(0).notReturned().detail() + ")") + ", "
                + (where.size() == ended.size() ? "in every scenario" : "in " + where.size() + " of " + ended.size()
                        + " scenarios: " + where.stream().map(e -> e.scenario().describe()).limit(3)
                                .collect(Collectors.joining("; ")) + (where.size() > 3 ? "; ..." : ""))));
        return out;
    }

    /** What ended the CR0.TS=1 scenario: the vector ({@code #NM} when the handler touches FP state), or how else it ended. */
    private static String lazyFp(ScenarioRun run) {
        if (run == null) {
            return FindingKind.TRIPLE_FAULT.id();
        }
        return run.astray() ? "astray" : run.fault() == null ? "no-fault" : ScenarioJudge.vectorName(run.fault().vector());
    }

    private static String ipNote(IpLanding landing, int count, int run) {
        var advance = landing.advance();
        if (advance.onPads()) {
            return "the handler advanced the saved instruction pointer by " + advance.moved() + " in " + count + " of the " + run
                    + " scenarios run (its frame write took effect: the iret went to the harness's landing pads after the "
                    + advance.triggerLength() + "-byte instruction that entered it, which change nothing, and the state"
                    + " after the iret is judged there)";
        }
        if (!landing.resumedInside()) {
            return "the handler advanced the saved instruction pointer by " + advance.bytes() + " in " + count + " of the " + run
                    + " scenarios run (past the " + advance.triggerLength()
                    + "-byte instruction that entered it: its frame write took effect)";
        }
        if (advance.pads() > 0) {
            return "after the iret the code was found " + advance.moved() + " bytes from where the " + advance.triggerLength()
                    + "-byte instruction that entered it left it, off the harness's " + advance.pads() + " landing pads, in "
                    + count + " of the " + run + " scenarios run: the handler's frame write sent it into the harness's own"
                    + " code (what the harness then compared is not the handler's doing: registers, flags, SP, segments and"
                    + " FP state are not judged there)";
        }
        return "after the iret the code was found " + advance.bytes() + " bytes past the start of the " + advance.triggerLength()
                + "-byte instruction that entered it" + (landing.faulted() != null ? ", where its bytes raised " + landing.faulted()
                        : landing.untouched() ? "" : ", with registers or flags changed on the way")
                + ", in " + count + " of the " + run
                + " scenarios run: the handler's frame write resumed it " + (advance.bytes() > advance.triggerLength() && landing.faulted() == null
                        ? "past that instruction, on one of the spins the harness keeps after it" : "inside that instruction")
                + " (what the harness then"
                + " compared is not the handler's doing: registers, flags, SP, segments and FP state are not judged there)";
    }

    /**
     * The observations of all scenarios, one finding per kind and place, naming the scenarios that
     * show it. The CR0.TS=1 scenario is reported as a note: #NM at the first FP instruction is what
     * lazy FP switching does to any handler that touches FP state, saving it included.
     */
    private static FunctionVerdict verdict(String function, Map<Scenario, List<ScenarioJudge.Observation>> all,
            Set<Scenario> stopped) {
        Map<Scenario, List<ScenarioJudge.Observation>> seen = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        all.forEach((s, observations) -> {
            if (s.taskSwitched()) {
                notes.add("with CR0.TS=1: " + observations.stream()
                        .filter(o -> o.kind() == FindingKind.HANDLER_FAULT || o.kind() == FindingKind.TRIPLE_FAULT)
                        .map(o -> o.evidence().replace(" in the handler", "") + (o.at() != null ? " at " + o.at().text() : ""))
                        .findFirst().orElse(observations.isEmpty() ? (stopped.contains(s)
                                ? "no fault before it stopped (it did not return)" : "no fault: the handler touches no FP state")
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
}
