package org.iretlab.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.analysis.TargetFacts;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedObject;
import org.iretlab.decode.ObjectDecoder;

/**
 * One handler of a {@link BootLoop}: its object under the names the kernel links it by, what the
 * harness needs to know of it, and its own tally of scenarios ended, hung and not run, kept apart
 * from the other handlers that share its boots.
 */
final class BootMember {
    final StaticCheck.Handler handler;
    final TargetFacts facts;
    final List<HarnessSource.Skip> avx512;
    /** Put before every name of its object in the kernel: empty for a kernel of one handler. */
    final String prefix;
    /** The object as linked: the handler's own, or a copy with every name prefixed. */
    final Path object;
    /** The handler's code as a linked executable (run where it was linked), or null for an object file. */
    final Executable executable;
    /** The executable's functions, or none: the linked kernel holds the code of an object file. */
    final List<DecodedFunction> executableCode;
    final ObjectSymbols symbols;
    final List<String> undefined;
    final List<String> noReturn;
    final boolean probe;
    /** The functions the handler's object defines: those it calls run for real. */
    final Set<String> own;
    /**
     * Where the handler's in-module callees were linked, learnt from the first kernel: the kernels of later
     * boots differ in their data only, so their code lands where it did.
     */
    List<Long> calleeEntries = List.of();

    final List<BootLoop.Ended> ended = new ArrayList<>();
    final List<String> hung = new ArrayList<>();
    final List<String> notRun = new ArrayList<>();
    /** The scenarios still to run, in order. */
    List<Scenario> remaining = List.of();
    int boots;
    /** Boots that ended in a hang of this handler since one of its scenarios last ended. */
    int hungInARow;
    /** Its share of the QEMU time of the boots it ran in, by the scenarios it ran there. */
    double seconds;
    /** A busy machine can be slow: the first scenario that times out gets one more boot before it counts as hung. */
    boolean retried;

    /**
     * @param folder where its object is written
     * @param prefix put before every name of its object (empty: the object as it is, which may then be an executable)
     */
    BootMember(Path folder, String prefix, byte[] object, String triple, StaticCheck.Handler handler, TargetFacts facts,
            List<HarnessSource.Skip> avx512) throws IOException {
        this.handler = handler;
        this.facts = facts;
        this.avx512 = avx512;
        this.prefix = prefix;
        Path original = Files.write(folder.resolve(prefix + "handler.o"), object);
        this.executable = Executable.read(original, object);
        if (executable != null && !prefix.isEmpty()) {
            throw new IllegalArgumentException("an executable runs where it was linked, in a kernel of its own");
        }
        this.symbols = ObjectSymbols.read(original, object);
        this.object = prefix.isEmpty() ? original
                : Kernel.renamed(original, object, prefix, symbols.names(), folder.resolve(prefix + "linked.o"));
        this.undefined = symbols.undefined();
        DecodedObject decoded = ObjectDecoder.decode(object, triple);
        this.executableCode = executable == null ? List.of() : decoded.functions();
        this.noReturn = NoReturnCallees.of(decoded, undefined, facts.callees());
        this.probe = handler.errorCode() && symbols.defined().containsKey(HarnessSource.PROBE);
        this.own = decoded.functions().stream().map(DecodedFunction::name).collect(Collectors.toSet());
    }

    HarnessSource.Part part() {
        return new HarnessSource.Part(prefix, handler.symbol(), undefined, facts, probe, avx512, noReturn, calleeEntries);
    }

    /**
     * The linked kernel's code as this handler's own kernel would name it: its functions without the
     * prefix, the harness's, and none of the other handlers'.
     */
    DecodedObject view(DecodedObject kernel, List<BootMember> all) {
        List<DecodedFunction> out = new ArrayList<>(executableCode);
        for (DecodedFunction f : kernel.functions()) {
            if (!prefix.isEmpty() && f.name().startsWith(prefix)) {
                out.add(new DecodedFunction(f.name().substring(prefix.length()), f.address(), f.size(), f.instructions()));
            } else if (all.stream().noneMatch(m -> !m.prefix.isEmpty() && f.name().startsWith(m.prefix))) {
                out.add(f);
            }
        }
        return new DecodedObject(kernel.triple(), kernel.is64Bit(), out);
    }

    BootLoop.Runs runs(int kernelHandlers) {
        return new BootLoop.Runs(List.copyOf(ended), List.copyOf(hung), List.copyOf(notRun), boots, seconds, kernelHandlers);
    }
}
