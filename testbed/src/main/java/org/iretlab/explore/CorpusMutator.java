package org.iretlab.explore;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.iretlab.common.InputException;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.handler.HandlerAttribute;
import org.iretlab.handler.HandlerIrBuilder;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.llvm.Llvm;
import org.iretlab.target.Target;
import org.iretlab.target.Triples;

/**
 * Generator 3: a corpus case moved a step away from what its author wrote: another triple of the
 * same word size, other target features, another -O, and one or two attributes added to each of its
 * handlers. A problem it shows next to its case's subject is that case's, anything else is news.
 */
final class CorpusMutator {
    private final List<CorpusCase> cases;

    /** Only cases every LLVM reads as text: a mutation must reach every backend of the run. */
    CorpusMutator(List<CorpusCase> corpus) {
        this.cases = corpus.stream().filter(c -> c.reads() == null && !c.targets().isEmpty()).toList();
    }

    boolean hasCases() {
        return !cases.isEmpty();
    }

    /** The mutated case, or null when the case drawn does not read in this LLVM (generator 1 then makes the handler). */
    Generated mutate(SplittableRandom r, String name) {
        CorpusCase kase = SpecSampler.pick(r, cases);
        Target from = SpecSampler.pick(r, kase.targets());
        List<String> changes = new ArrayList<>();
        String triple = from.triple();
        if (r.nextBoolean()) {
            triple = SpecSampler.pick(r, Triples.nativeWordBits(triple) == 64 ? SpecSampler.TRIPLES_64 : SpecSampler.TRIPLES_32);
            changes.add("triple " + triple);
        }
        String features = from.features();
        if (r.nextBoolean()) {
            features = SpecSampler.pick(r, SpecSampler.FEATURES);
            changes.add("mattr=" + features);
        }
        int opt = from.optLevel();
        if (r.nextBoolean()) {
            opt = r.nextInt(4);
            changes.add("-O" + opt);
        }
        List<HandlerAttribute> all = List.of(HandlerAttribute.values());
        HandlerAttribute attribute = SpecSampler.pick(r, all);
        String value = SpecSampler.value(r, attribute);
        changes.add("+" + attribute.irName + (value.isEmpty() ? "" : "=" + value));
        Target target = new Target(triple, from.cpu(), features, opt, from.codeModel(), from.relocationModel());
        // A context of its own: the case's named types keep their names whatever was read before.
        LLVMContextRef context = LLVMContextCreate();
        LLVMModuleRef module;
        try {
            module = IrReader.read(IrSource.ofText(kase.file().toString(), kase.text()), context);
        } catch (InputException e) {
            LLVMContextDispose(context);
            return null;
        }
        try {
            LLVMSetTarget(module, triple);
            for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
                if (LLVMCountBasicBlocks(f) > 0 && LLVMGetFunctionCallConv(f) == LLVMX86INTRCallConv) {
                    HandlerIrBuilder.addAttribute(context, f, attribute, value);
                }
            }
            String origin = "corpus case " + kase.stem() + " [" + from.spec() + "] with " + String.join(", ", changes);
            return new Generated(name, "mutation", origin, kase.stem(), target, Llvm.takeMessage(LLVMPrintModuleToString(module)));
        } finally {
            LLVMDisposeModule(module);
            LLVMContextDispose(context);
        }
    }
}
