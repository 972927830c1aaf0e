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
import java.util.stream.Stream;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.analysis.TargetFacts;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedObject;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.llvm.OverAlignedArguments;
import org.iretlab.verdict.FindingKind;

/**
 * Boots one handler's kernel until each scenario has ended or hung. A boot runs its scenarios in
 * order and a hang or a triple fault ends it, so the kernel is linked again for the scenarios that
 * boot did not reach, without the ones that ended or hung, and booted again. A handler that hangs
 * in {@link #HUNG_IN_A_ROW} boots in a row, with no scenario ending in between, is taken to hang in
 * every scenario: the rest are not run (each would cost a whole boot limit). One per handler: it
 * keeps the tally of its boots.
 */
final class BootLoop {
    /**
     * A scenario that ended: the kernel's report of it, null when the machine reset (triple fault)
     * during it, what that shows, and why the handler did not return, or null.
     */
    record Ended(Scenario scenario, ScenarioRun run, List<ScenarioJudge.Observation> observations, NotReturned notReturned) {}

    /**
     * The scenarios that ended, in the order they did; those that hung and those not run after
     * {@link #HUNG_IN_A_ROW} hangs, described; what it took.
     */
    record Runs(List<Ended> ended, List<String> hung, List<String> notRun, int boots, double seconds) {}

    /** Boots in a row that hung, nothing ending in between, after which the handler is taken to hang in every scenario. */
    static final int HUNG_IN_A_ROW = 2;

    /** One boot, and the handler as linked into its kernel: the addresses its observations point at. */
    private record Booted(Qemu.Boot boot, DecodedObject linked, DecodedFunction code,
            Map<Long, OverAlignedArguments.Argument> overAligned, Map<Long, String> inModule) {}

    /** A linked kernel's code, the handler's among it, and where its in-module callees landed. */
    private record Linked(Path kernel, DecodedObject linked, DecodedFunction code, Map<Long, String> inModule) {}

    private final Path folder;
    private final Mode mode;
    private final String triple;
    private final StaticCheck.Handler handler;
    private final HarnessSource.Entry entry;
    private final TargetFacts facts;
    private final List<HarnessSource.Skip> avx512;
    private final Duration bootLimit;
    private final Path handlerObject;
    private final List<String> undefined;
    private final List<String> noReturn;
    /** The handler's code as a linked executable (run where it was linked), or null for an object file. */
    private final Executable executable;
    /** The executable's functions, or none: the linked kernel holds the code of an object file. */
    private final List<DecodedFunction> executableCode;
    private final boolean probe;
    /** The functions the handler's object defines: those it calls run for real. */
    private final Set<String> own;
    /**
     * Where the handler's in-module callees were linked, learnt from the first kernel: the kernels of later
     * boots differ in their data only, so their code lands where it did.
     */
    private List<Long> calleeEntries = List.of();

    private final List<Ended> ended = new ArrayList<>();
    private final List<String> hung = new ArrayList<>();
    private final List<String> notRun = new ArrayList<>();
    private int boots;
    /** Boots that ended in a hang since a scenario last ended. */
    private int hungInARow;
    private double seconds;
    /** A busy machine can be slow: the first scenario that times out gets one more boot before it counts as hung. */
    private boolean retried;

    /**
     * @param folder where the kernels are linked and each boot's output is kept
     * @param avx512 the handler's AVX-512 instructions, which the kernel skips
     * @param bootLimit the wall-time limit of one boot
     */
    BootLoop(Path folder, byte[] object, String triple, StaticCheck.Handler handler, TargetFacts facts,
            List<HarnessSource.Skip> avx512, Duration bootLimit) throws IOException {
        this.folder = folder;
        this.mode = Mode.of(triple);
        this.triple = triple;
        this.handler = handler;
        this.entry = handler.errorCode() ? HarnessSource.Entry.FAULT : HarnessSource.Entry.INT;
        this.facts = facts;
        this.avx512 = avx512;
        this.bootLimit = bootLimit;
        this.handlerObject = Files.write(folder.resolve("handler.o"), object);
        this.executable = Executable.read(handlerObject, object);
        this.undefined = Kernel.undefinedSymbols(handlerObject);
        DecodedObject decoded = ObjectDecoder.decode(object, triple);
        this.executableCode = executable == null ? List.of() : decoded.functions();
        this.noReturn = NoReturnCallees.of(decoded, undefined, facts.callees());
        this.probe = handler.errorCode() && Kernel.defines(handlerObject, HarnessSource.PROBE);
        this.own = decoded.functions().stream().map(DecodedFunction::name).collect(Collectors.toSet());
    }

    Runs run(List<Scenario> scenarios) throws IOException {
        List<Scenario> remaining = scenarios;
        while (!remaining.isEmpty()) {
            remaining = sortOut(remaining, boot(remaining));
            if (hungInARow >= HUNG_IN_A_ROW) {
                remaining.forEach(s -> notRun.add(s.describe()));
                break;
            }
        }
        return new Runs(List.copyOf(ended), List.copyOf(hung), List.copyOf(notRun), boots, seconds);
    }

    /** Links a kernel for these scenarios and boots it; its output goes beside it, as boot-N.log. */
    private Booted boot(List<Scenario> scenarios) throws IOException {
        Linked k = link(scenarios);
        if (!k.inModule().keySet().equals(Set.copyOf(calleeEntries))) {
            // The first kernel shows where the callees landed; the second, whose data holds their entries, has them there too.
            calleeEntries = List.copyOf(k.inModule().keySet());
            k = link(scenarios);
            if (!k.inModule().keySet().equals(Set.copyOf(calleeEntries))) {
                throw new IllegalStateException("the handler's in-module callees moved between two links of the same code: "
                        + calleeEntries + ", then " + k.inModule().keySet());
            }
        }
        DecodedObject linked = k.linked();
        // Where each callee that gets an over-aligned local landed: the stand-in the call goes to.
        Map<Long, OverAlignedArguments.Argument> overAligned = new LinkedHashMap<>();
        for (var local : handler.overAligned()) {
            linked.function(local.callee()).ifPresent(f -> overAligned.put(f.address(), local));
        }
        Qemu.Boot boot = Qemu.boot(k.kernel(), mode, bootLimit, executable == null ? 16 : executable.memoryMib());
        Files.writeString(folder.resolve("boot-" + boots + ".log"), boot.output());
        boots++;
        seconds += boot.seconds();
        return new Booted(boot, linked, k.code(), overAligned, k.inModule());
    }

    /** Links a kernel for these scenarios that watches {@link #calleeEntries}, and reads its code back. */
    private Linked link(List<Scenario> scenarios) throws IOException {
        Path kernel = Kernel.link(mode, folder, HarnessSource.render(mode, folder, handler.symbol(), entry, scenarios, undefined,
                facts, probe, avx512, noReturn, calleeEntries), handlerObject, executable, executableSymbols());
        var kernelCode = ObjectDecoder.decode(Files.readAllBytes(folder.resolve("kernel.elf")), triple);
        var linked = new DecodedObject(triple, kernelCode.is64Bit(), Stream.concat(executableCode.stream(),
                kernelCode.functions().stream()).toList());
        DecodedFunction code = linked.function(handler.symbol())
                .orElseThrow(() -> new InputException("the linked kernel has no " + handler.symbol()));
        return new Linked(kernel, linked, code, InModuleCallees.of(linked, code, own));
    }

    /** The executable's symbols the harness names, at their addresses: the handler, and the error-code probe it has. */
    private Map<String, Long> executableSymbols() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (executable != null) {
            out.put(handler.symbol(), executableCode.stream().filter(f -> f.name().equals(handler.symbol())).findFirst()
                    .orElseThrow(() -> new InputException("the executable has no function " + handler.symbol())).address());
            if (probe) {
                out.put(HarnessSource.PROBE, Kernel.address(handlerObject, HarnessSource.PROBE));
            }
        }
        return out;
    }

    /**
     * Sorts the boot's scenarios into ended, hung, and those for the next boot: the one a timeout
     * cut short the first time, and those the boot did not reach. A boot that timed out before its
     * first scenario started gets one more boot too (the same one retry: a busy machine can be slow).
     */
    private List<Scenario> sortOut(List<Scenario> scenarios, Booted booted) {
        Qemu.Boot boot = booted.boot();
        Map<Integer, ScenarioRun> runs = ScenarioRun.parse(boot.output());
        List<Scenario> next = new ArrayList<>();
        boolean sorted = false;
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            ScenarioRun run = runs.get(i);
            if (run != null && run.ended()) {
                ended.add(new Ended(s, run, ScenarioJudge.judge(mode, s, run, booted.code(), facts.calleeStackAlign(),
                        booted.overAligned(), booted.inModule()), run.stop() == null ? null : NotReturned.of(run.stop(), booted.linked())));
                hungInARow = 0;
                sorted = true;
            } else if (run != null) {
                // It was running when the boot ended: the time limit cut it short, or a reset did.
                sorted = true;
                if (boot.timedOut() && !retried) {
                    retried = true;
                    next.add(s);
                } else if (boot.timedOut()) {
                    hung.add(s.describe());
                    hungInARow++;
                } else {
                    ended.add(new Ended(s, null, List.of(new ScenarioJudge.Observation(FindingKind.TRIPLE_FAULT, null,
                            "the machine reset (triple fault) during this scenario")), null));
                    hungInARow = 0;
                }
            } else {
                next.add(s);
            }
        }
        if (!sorted && boot.timedOut() && !retried) {
            retried = true;
        } else if (!sorted) {
            throw new InputException("the oracle's kernel ran no scenario (QEMU exit status " + boot.status()
                    + (boot.timedOut() ? ", killed at the boot limit of " + ExternalProcess.seconds(bootLimit) : "") + "): "
                    + boot.output().lines().limit(5).collect(Collectors.joining(" | ")));
        }
        return next;
    }
}
