package org.iretlab.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedObject;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.llvm.OverAlignedArguments;
import org.iretlab.verdict.FindingKind;

/**
 * Boots kernels for one or more handlers until each of their scenarios has ended or hung. A kernel
 * runs its handlers one after another, each through its scenarios; a boot runs them in order and a
 * hang or a triple fault ends it, so the kernel is linked again for the scenarios that boot did not
 * reach, without the ones that ended or hung, and booted again. What one handler does stays its
 * own: a scenario of a handler whose code ran astray or faulted outside it may have left the machine
 * as no other handler should find it, so the other handlers' scenarios that followed it in that boot
 * run again in the next; a hang counts against a handler only when its
 * own scenarios started the boot (otherwise the others' may have used up the limit). A handler that
 * hangs in {@link #HUNG_IN_A_ROW} boots in a row, with none of its scenarios ending in between, is
 * taken to hang in every scenario: the rest of its scenarios are not run (each would cost a whole
 * boot limit). One per set of handlers: it keeps the tally of their boots.
 */
final class BootLoop {
    /**
     * A scenario that ended: the kernel's report of it, null when the machine reset (triple fault)
     * during it, what that shows, and why the handler did not return, or null.
     */
    record Ended(Scenario scenario, ScenarioRun run, List<ScenarioJudge.Observation> observations, NotReturned notReturned) {}

    /**
     * The scenarios that ended, in the order they did; those that hung and those not run after
     * {@link #HUNG_IN_A_ROW} hangs, described; what it took: the boots where its scenarios ran and counted,
     * and its share of their QEMU time (by those scenarios, where other handlers shared the boot), and
     * how many handlers its kernel held (1: a kernel of its own).
     */
    record Runs(List<Ended> ended, List<String> hung, List<String> notRun, int boots, double seconds, int kernelHandlers) {}

    /** #NM, which the CR0.TS=1 scenario raises at the first FP instruction. */
    private static final int DEVICE_NOT_AVAILABLE = 7;

    /** Boots in a row that hung, nothing ending in between, after which the handler is taken to hang in every scenario. */
    static final int HUNG_IN_A_ROW = 2;

    /** A row of a kernel's scenario table: which handler runs which scenario. */
    private record Row(BootMember member, Scenario scenario) {}

    /** A handler as linked into a kernel: the code its observations point at, named as in its own object. */
    private record Placed(DecodedObject linked, DecodedFunction code, Map<Long, OverAlignedArguments.Argument> overAligned,
            Map<Long, String> inModule) {}

    /** A linked kernel and each handler's place in it. */
    private record Linked(Path kernel, Map<BootMember, Placed> placed) {}

    /** One boot of a linked kernel. */
    private record Booted(Qemu.Boot boot, Linked kernel) {}

    private final Path folder;
    private final Mode mode;
    private final String triple;
    private final HarnessSource.Entry entry;
    private final List<BootMember> members;
    private final Duration bootLimit;
    private int boots;
    /** A boot that timed out before any scenario started gets one more (a busy machine can be slow). */
    private boolean retried;

    /**
     * @param folder where the kernels are linked and each boot's output is kept
     * @param members the handlers, all entered the same way (one kernel has one trigger); an executable only alone
     * @param bootLimit the wall-time limit of one boot
     */
    BootLoop(Path folder, String triple, List<BootMember> members, Duration bootLimit) {
        this.folder = folder;
        this.mode = Mode.of(triple);
        this.triple = triple;
        this.members = List.copyOf(members);
        this.entry = members.get(0).handler.errorCode() ? HarnessSource.Entry.FAULT : HarnessSource.Entry.INT;
        if (members.stream().anyMatch(m -> m.handler.errorCode() != members.get(0).handler.errorCode())) {
            throw new IllegalArgumentException("handlers with and without an error code need kernels of their own");
        }
        if (members.size() > 1 && members.stream().anyMatch(m -> m.executable != null)) {
            throw new IllegalArgumentException("an executable runs where it was linked, in a kernel of its own");
        }
        this.bootLimit = bootLimit;
    }

    /** Runs every handler through these scenarios; the runs are in the order of the handlers. */
    List<Runs> run(List<Scenario> scenarios) throws IOException {
        members.forEach(m -> m.remaining = scenarios);
        List<Row> rows = rows();
        while (!rows.isEmpty()) {
            sortOut(rows, boot(rows));
            for (BootMember m : members) {
                if (m.hungInARow >= HUNG_IN_A_ROW) {
                    m.remaining.forEach(s -> m.notRun.add(s.describe()));
                    m.remaining = List.of();
                }
            }
            rows = rows();
        }
        return members.stream().map(m -> m.runs(members.size())).toList();
    }

    /** The scenarios still to run, handler after handler. */
    private List<Row> rows() {
        return members.stream().flatMap(m -> m.remaining.stream().map(s -> new Row(m, s))).toList();
    }

    /** Links a kernel for these rows and boots it; its output goes beside it, as boot-N.log. */
    private Booted boot(List<Row> rows) throws IOException {
        Linked k = link(rows);
        boolean moved = false;
        for (BootMember m : members) {
            Placed p = k.placed().get(m);
            if (p != null && !p.inModule().keySet().equals(Set.copyOf(m.calleeEntries))) {
                // The first kernel shows where the callees landed; the second, whose data holds their entries, has them there too.
                m.calleeEntries = List.copyOf(p.inModule().keySet());
                moved = true;
            }
        }
        if (moved) {
            k = link(rows);
            for (BootMember m : members) {
                Placed p = k.placed().get(m);
                if (p != null && !p.inModule().keySet().equals(Set.copyOf(m.calleeEntries))) {
                    throw new IllegalStateException("the handler's in-module callees moved between two links of the same code: "
                            + m.calleeEntries + ", then " + p.inModule().keySet());
                }
            }
        }
        BootMember only = members.size() == 1 ? members.get(0) : null;
        Qemu.Boot boot = Qemu.boot(k.kernel(), mode, bootLimit, Kernel.memoryMib(only == null ? null : only.executable));
        Files.writeString(folder.resolve("boot-" + boots + ".log"), boot.output());
        boots++;
        return new Booted(boot, k);
    }

    /** Links a kernel for these rows that watches each handler's {@link BootMember#calleeEntries}, and reads its code back. */
    private Linked link(List<Row> rows) throws IOException {
        List<BootMember> in = rows.stream().map(Row::member).distinct().toList();
        List<HarnessSource.Part> parts = in.stream().map(BootMember::part).toList();
        List<HarnessSource.Row> table = rows.stream().map(r -> new HarnessSource.Row(in.indexOf(r.member()), r.scenario())).toList();
        BootMember only = in.size() == 1 ? in.get(0) : null;
        Path kernel = Kernel.link(mode, folder, HarnessSource.render(mode, folder, entry, parts, table),
                in.stream().map(m -> m.object).toList(), only == null ? null : only.executable, executableSymbols(only));
        DecodedObject kernelCode = ObjectDecoder.decode(Files.readAllBytes(folder.resolve("kernel.elf")), triple);
        Map<BootMember, Placed> placed = new LinkedHashMap<>();
        for (BootMember m : in) {
            DecodedObject linked = m.view(kernelCode, in);
            DecodedFunction code = linked.function(m.handler.symbol())
                    .orElseThrow(() -> new InputException("the linked kernel has no " + m.handler.symbol()));
            // Where each callee that gets an over-aligned local landed: the stand-in the call goes to.
            Map<Long, OverAlignedArguments.Argument> overAligned = new LinkedHashMap<>();
            for (var local : m.handler.overAligned()) {
                linked.function(local.callee()).ifPresent(f -> overAligned.put(f.address(), local));
            }
            placed.put(m, new Placed(linked, code, overAligned, InModuleCallees.of(linked, code, m.own)));
        }
        return new Linked(kernel, placed);
    }

    /** The executable's symbols the harness names, at their addresses: the handler, and the error-code probe it has. */
    private static Map<String, Long> executableSymbols(BootMember only) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (only != null && only.executable != null) {
            String symbol = only.handler.symbol();
            out.put(symbol, only.executableCode.stream().filter(f -> f.name().equals(symbol)).findFirst()
                    .orElseThrow(() -> new InputException("the executable has no function " + symbol)).address());
            if (only.probe) {
                out.put(HarnessSource.PROBE, only.symbols.defined().get(HarnessSource.PROBE));
            }
        }
        return out;
    }

    /**
     * Sorts the boot's rows into ended, hung, and those for the next boot: the one a timeout cut
     * short the first time, those the boot did not reach, and those of other handlers that followed
     * a scenario that left the machine untrusted. A boot that timed out before its first scenario
     * started gets one more boot too (the same one retry: a busy machine can be slow).
     */
    private void sortOut(List<Row> rows, Booted booted) {
        Qemu.Boot boot = booted.boot();
        Map<Integer, ScenarioRun> runs = ScenarioRun.parse(boot.output());
        Map<BootMember, List<Scenario>> next = new LinkedHashMap<>();
        members.forEach(m -> next.put(m, new ArrayList<>()));
        // The scenarios each handler ran in this boot that count: what it did there, not what another's made void.
        Map<BootMember, Integer> ran = new LinkedHashMap<>();
        boolean sorted = false;
        BootMember untrusted = null;
        for (int i = 0; i < rows.size(); i++) {
            BootMember m = rows.get(i).member();
            Scenario s = rows.get(i).scenario();
            ScenarioRun run = runs.get(i);
            if (untrusted != null && untrusted != m) {
                next.get(m).add(s);
                continue;
            }
            Placed p = booted.kernel().placed().get(m);
            if (run != null && (run.ended() || !boot.timedOut() || rows.get(0).member() == m)) {
                ran.merge(m, 1, Integer::sum);
            }
            if (run != null && run.ended()) {
                m.ended.add(new Ended(s, run, ScenarioJudge.judge(mode, s, run, p.code(), m.facts.calleeStackAlign(),
                        p.overAligned(), p.inModule()), run.stop() == null ? null : NotReturned.of(run.stop(), p.linked())));
                m.hungInARow = 0;
                sorted = true;
                if (!endedInItself(run, p.code())) {
                    untrusted = m;
                }
            } else if (run != null) {
                // It was running when the boot ended: the time limit cut it short, or a reset did.
                sorted = true;
                boolean startedTheBoot = rows.get(0).member() == m;
                if (boot.timedOut() && (!startedTheBoot || !m.retried)) {
                    m.retried |= startedTheBoot;
                    next.get(m).add(s);
                } else if (boot.timedOut()) {
                    m.hung.add(s.describe());
                    m.hungInARow++;
                } else {
                    m.ended.add(new Ended(s, null, List.of(new ScenarioJudge.Observation(FindingKind.TRIPLE_FAULT, null,
                            "the machine reset (triple fault) during this scenario")), null));
                    m.hungInARow = 0;
                }
            } else {
                next.get(m).add(s);
            }
        }
        if (!sorted && boot.timedOut() && !retried) {
            retried = true;
        } else if (!sorted) {
            throw new InputException("the oracle's kernel ran no scenario (QEMU exit status " + boot.status()
                    + (boot.timedOut() ? ", killed at the boot limit of " + ExternalProcess.seconds(bootLimit) : "") + "): "
                    + boot.output().lines().limit(5).collect(Collectors.joining(" | ")));
        }
        int total = ran.values().stream().mapToInt(Integer::intValue).sum();
        for (BootMember m : booted.kernel().placed().keySet()) {
            if (total == 0 || ran.containsKey(m)) {
                m.boots++;
                m.seconds += total == 0 ? boot.seconds() / booted.kernel().placed().size() : boot.seconds() * ran.get(m) / total;
            }
            m.remaining = List.copyOf(next.get(m));
        }
    }

    /**
     * The scenario ended in one of the ways the harness recovers from by design, after which it sets the
     * machine up afresh as it does between any two scenarios of one handler: by the handler's iret, at
     * a fault of one of its own instructions, or stopped by the watchdog or a noreturn stand-in (the
     * NMI's own iret ends its blocking), or at the #NM of the CR0.TS=1 scenario wherever it came (the
     * FP instruction did not run; a stand-in's comes outside the handler). Code that ran astray, or
     * another fault elsewhere, may have left the machine as the next handler should not find it.
     */
    private static boolean endedInItself(ScenarioRun run, DecodedFunction code) {
        return !run.astray() && (run.fault() == null || run.fault().vector() == DEVICE_NOT_AVAILABLE
                || Long.compareUnsigned(run.fault().eip() - code.address(), Math.max(1, code.size())) < 0);
    }
}
