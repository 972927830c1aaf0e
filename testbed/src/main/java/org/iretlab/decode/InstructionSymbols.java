package org.iretlab.decode;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Names what an instruction refers to: the symbol of a relocation inside its bytes, else the function
 * its direct branch lands on.
 */
final class InstructionSymbols {
    // The same numbers in R_386_* and R_X86_64_*, except where the name says which.
    private static final int R_ABS_NATIVE = 1;
    private static final int R_PC32 = 2;
    private static final int R_PLT32 = 4;
    private static final int R_X86_64_32 = 10;
    private static final int R_X86_64_32S = 11;

    /** address: where the relocation patches, in the same terms as instruction addresses. */
    private record Patch(long address, int targetSection, LlvmObjectFile.Relocation relocation, ElfImage.RelocationEntry entry) {}

    private final ElfImage image;
    private final LlvmObjectFile.Contents contents;
    private final FunctionSymbols functions;
    private final Map<Integer, NavigableMap<Long, Patch>> patchesBySection = new HashMap<>();

    InstructionSymbols(ElfImage image, LlvmObjectFile.Contents contents, FunctionSymbols functions) {
        this.image = image;
        this.contents = contents;
        this.functions = functions;
        for (LlvmObjectFile.Relocation r : contents.relocations()) {
            ElfImage.Section holder = image.sections().get(r.relocationSection());
            int target = holder.info();
            // r_offset is section-relative in a relocatable object and a virtual address once linked.
            long address = image.isRelocatable() ? contents.sections().get(target).address() + r.offset() : r.offset();
            patchesBySection.computeIfAbsent(target, k -> new TreeMap<>(Long::compareUnsigned))
                    .putIfAbsent(address, new Patch(address, target, r, image.relocation(holder, r.ordinal())));
        }
    }

    String symbolFor(int section, long address, int length, Long branchTarget) {
        Patch patch = patchWithin(section, address, length);
        String named = patch == null ? null : name(patch, address + length);
        if (named != null) {
            return named;
        }
        String atTarget = branchTarget == null ? null : functions.nameAt(section, branchTarget);
        if (atTarget != null) {
            return atTarget;
        }
        return patch == null ? null : sectionSymbolName(patch);
    }

    private Patch patchWithin(int section, long address, int length) {
        NavigableMap<Long, Patch> patches = patchesBySection.get(section);
        Map.Entry<Long, Patch> first = patches == null ? null : patches.ceilingEntry(address);
        return first != null && Long.compareUnsigned(first.getKey() - address, length) < 0 ? first.getValue() : null;
    }

    private String name(Patch patch, long nextInstruction) {
        if (patch.entry().symbol() == 0) {
            return null;
        }
        ElfImage.Symbol symbol = image.symbols().get((int) patch.entry().symbol());
        if (symbol.type() != ElfImage.STT_SECTION) {
            String name = patch.relocation().symbolName();
            return name == null || name.isEmpty() ? null : name;
        }
        // Assemblers refer to local code as section + addend; in a linked file the addend is gone.
        Long addend = image.isRelocatable() ? addend(patch) : null;
        if (addend == null) {
            return null;
        }
        LlvmObjectFile.Section section = contents.sections().get(symbol.section());
        long type = patch.relocation().type();
        boolean pcRelative = type == R_PC32 || type == R_PLT32;
        long target = section.address() + addend + (pcRelative ? nextInstruction - patch.address() : 0);
        String function = functions.nameAt(symbol.section(), target);
        long offset = target - section.address();
        return function != null ? function : offset == 0 ? section.name() : section.name() + "+0x" + Long.toHexString(offset);
    }

    private String sectionSymbolName(Patch patch) {
        ElfImage.Symbol symbol = image.symbols().get((int) patch.entry().symbol());
        return patch.entry().symbol() != 0 && symbol.type() == ElfImage.STT_SECTION
                ? contents.sections().get(symbol.section()).name() : null;
    }

    /** RELA carries the addend; REL keeps it in the patched bytes, whose width the type decides. */
    private Long addend(Patch patch) {
        int width = fieldWidth(patch.relocation().type());
        if (width == 0) {
            return null;
        }
        if (image.sections().get(patch.relocation().relocationSection()).isRela()) {
            return patch.entry().addend();
        }
        LlvmObjectFile.Section patched = contents.sections().get(patch.targetSection());
        long at = patch.address() - patched.address();
        if (Long.compareUnsigned(at, patched.size()) >= 0 || patched.size() - at < width) {
            return null;
        }
        long value = 0;
        for (int k = width - 1; k >= 0; k--) {
            value = (value << 8) | (patched.contents()[(int) at + k] & 0xff);
        }
        return width == 4 ? (long) (int) value : value;
    }

    /** Bytes patched by the relocation types whose target this class computes; 0 for any other. */
    private int fieldWidth(long type) {
        boolean x8664 = image.machine() == ElfImage.EM_X86_64;
        if (type == R_PC32 || type == R_PLT32 || (x8664 && (type == R_X86_64_32 || type == R_X86_64_32S))) {
            return 4;
        }
        if (type == R_ABS_NATIVE) {
            return x8664 ? 8 : 4;
        }
        return 0;
    }
}
