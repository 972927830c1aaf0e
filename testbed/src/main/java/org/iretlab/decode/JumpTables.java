package org.iretlab.decode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iretlab.common.InputException;

/**
 * The case targets of a switch's indirect jump, read from its table in the object's data: the two
 * shapes LLVM emits for x86 ELF,
 * <ul>
 * <li>{@code jmp *TABLE(,%reg,W)}: W-byte absolute entries (32-bit, and x86-64 without PIC), relocated
 *     by R_386_32 or R_X86_64_64 in an object;</li>
 * <li>{@code mov TABLE(,%reg,W),%rX; jmp *%rX}: the same table loaded first (what -O0 emits), the load right
 *     before the jump so that no other path can reach the jump with another %rX;</li>
 * <li>{@code mov TABLE@GOTOFF(%rB,%rI,4),%rX; add %rB,%rX; jmp *%rX} (i386 PIC, %rB the GOT's address):
 *     32-bit entries holding target minus GOT, relocated by R_386_GOTOFF in an object; once linked, read against
 *     the executable's {@code _GLOBAL_OFFSET_TABLE_};</li>
 * <li>{@code lea TABLE(%rip),%rT; movslq (%rT,%rI,4),%rX; add %rT,%rX; jmp *%rX} (x86-64 PIC): 32-bit
 *     entries holding target minus table, relocated by R_X86_64_PC32 in an object.</li>
 * </ul>
 * The table's length is the switch's range check ({@code cmp $N,%reg; ja default}) where it is there,
 * and never beyond the first entry that is not an instruction of the function. Anything else stays
 * unresolved: the analyser then fails closed on the jump as before.
 */
final class JumpTables {
    private static final int R_ABS_NATIVE = 1;
    private static final int R_PC32 = 2;
    private static final int R_X86_64_32 = 10;
    private static final int R_X86_64_32S = 11;
    private static final int R_386_GOTOFF = 9;
    /** A generous bound for a table without a range check before it. */
    private static final int MAX_ENTRIES = 4096;
    /** How far before the jump its table's address and range check are looked for. */
    private static final int LOOK_BACK = 12;

    private static final String NUMBER = "(-?(?:0x[0-9a-f]+|\\d+))";
    /** With -fcf-protection=branch the jump carries notrack. */
    private static final Pattern ABSOLUTE = Pattern.compile("(?:notrack )?jmp[lq]? \\*" + NUMBER + "?\\(,%(\\w+),(4|8)\\)");
    private static final Pattern VIA_REGISTER = Pattern.compile("(?:notrack )?jmp[lq]? \\*%(\\w+)");
    private static final Pattern RANGE_CHECK = Pattern.compile("cmp[bwlq] \\$" + NUMBER + ", %\\w+");

    /** What a table's entries (and the reference to the table) are relative to. */
    private enum Base {
        /** Absolute addresses. */
        NONE,
        /** The table's own address (x86-64 PIC entries); the reference to the table is RIP-relative. */
        TABLE,
        /** The GOT's address (i386 PIC), for the entries and the reference to the table alike. */
        GOT
    }

    /** A place in the file: a section and an offset into it. */
    private record Place(int section, long offset) {}

    private final ElfImage image;
    private final LlvmObjectFile.Contents contents;
    private final boolean is64;

    JumpTables(ElfImage image, LlvmObjectFile.Contents contents, boolean is64) {
        this.image = image;
        this.contents = contents;
        this.is64 = is64;
    }

    /** The case targets of every switch jump of a function, by the jump's address. */
    Map<Long, List<Long>> of(FunctionSymbols.FunctionSymbol function, List<DecodedInstruction> code) {
        Set<Long> starts = code.stream().map(DecodedInstruction::address).collect(Collectors.toSet());
        Function<Place, Long> inFunction = p -> p.section() == function.section()
                && starts.contains(contents.sections().get(p.section()).address() + p.offset())
                ? contents.sections().get(p.section()).address() + p.offset() : null;
        Map<Long, List<Long>> out = new java.util.HashMap<>();
        for (int j = 0; j < code.size(); j++) {
            try {
                List<Long> targets = targets(function, code, j, inFunction);
                if (!targets.isEmpty()) {
                    out.put(code.get(j).address(), targets);
                }
            } catch (InputException e) {
                // A malformed relocation section of the table: the jump stays unresolved.
            }
        }
        return out;
    }

    private List<Long> targets(FunctionSymbols.FunctionSymbol function, List<DecodedInstruction> code, int j,
            Function<Place, Long> inFunction) {
        DecodedInstruction jump = code.get(j);
        Matcher absolute = ABSOLUTE.matcher(jump.text());
        if (absolute.matches() && Integer.parseInt(absolute.group(3)) == (is64 ? 8 : 4)) {
            Place table = reference(function, jump, absolute.group(1) == null ? 0 : number(absolute.group(1)), Base.NONE);
            return table == null ? List.of() : read(table, is64 ? 8 : 4, Base.NONE, bound(code, j), inFunction);
        }
        Matcher via = VIA_REGISTER.matcher(jump.text());
        if (!via.matches()) {
            return List.of();
        }
        String target = via.group(1);
        Matcher loaded = j == 0 ? null
                : Pattern.compile("mov[lq]? " + NUMBER + "?\\(,%\\w+,(4|8)\\), %" + target).matcher(code.get(j - 1).text());
        if (loaded != null && loaded.matches() && Integer.parseInt(loaded.group(2)) == (is64 ? 8 : 4)) {
            DecodedInstruction load = code.get(j - 1);
            Place table = reference(function, load, loaded.group(1) == null ? 0 : number(loaded.group(1)), Base.NONE);
            return table == null ? List.of() : read(table, is64 ? 8 : 4, Base.NONE, bound(code, j), inFunction);
        }
        if (!is64) {
            return gotRelative(function, code, j, target, inFunction);
        }
        int add = find(code, j, "addq %(\\w+), %" + target);
        String base = add < 0 ? null : group(code.get(add), "addq %(\\w+), %" + target);
        int load = base == null ? -1 : find(code, add, "movslq \\(%" + base + ",%\\w+,4\\), %" + target);
        String leaText = "leaq " + NUMBER + "?\\(%rip\\), %" + base;
        int lea = load < 0 ? -1 : find(code, load, leaText);
        if (lea < 0) {
            return List.of();
        }
        String displacement = group(code.get(lea), leaText);
        Place table = reference(function, code.get(lea), displacement == null ? 0 : number(displacement), Base.TABLE);
        return table == null ? List.of() : read(table, 4, Base.TABLE, bound(code, j), inFunction);
    }

    /** The i386 PIC shape: the entry loaded against the GOT register, the GOT added, the jump right after. */
    private List<Long> gotRelative(FunctionSymbols.FunctionSymbol function, List<DecodedInstruction> code, int j, String target,
            Function<Place, Long> inFunction) {
        if (j < 2) {
            return List.of();
        }
        String got = group(code.get(j - 1), "addl %(\\w+), %" + target);
        String loadText = "movl " + NUMBER + "?\\(%" + got + ",%\\w+,4\\), %" + target;
        if (got == null || !code.get(j - 2).text().matches(loadText)) {
            return List.of();
        }
        String displacement = group(code.get(j - 2), loadText);
        Place table = reference(function, code.get(j - 2), displacement == null ? 0 : number(displacement), Base.GOT);
        return table == null ? List.of() : read(table, 4, Base.GOT, bound(code, j), inFunction);
    }

    /**
     * Where the instruction's memory operand points: the target of the relocation in its bytes (in
     * an object), else its displacement (absolute, or from the next instruction when RIP-relative).
     */
    private Place reference(FunctionSymbols.FunctionSymbol function, DecodedInstruction i, long displacement, Base base) {
        boolean ripRelative = base == Base.TABLE;
        if (image.isRelocatable()) {
            long sectionAddress = contents.sections().get(function.section()).address();
            for (ElfImage.RelocationEntry r : image.relocationsOf(function.section())) {
                long at = sectionAddress + r.offset();
                if (Long.compareUnsigned(at - i.address(), i.length()) >= 0) {
                    continue;
                }
                boolean pc = r.type() == R_PC32;
                boolean abs = r.type() == R_ABS_NATIVE || (is64 && (r.type() == R_X86_64_32 || r.type() == R_X86_64_32S));
                boolean gotOffset = !is64 && r.type() == R_386_GOTOFF;
                boolean expected = switch (base) {
                    case NONE -> abs;
                    case TABLE -> pc;
                    case GOT -> gotOffset;
                };
                if (!expected) {
                    return null;
                }
                Long addend = addend(function.section(), r, 4);
                ElfImage.Symbol symbol = image.symbols().get((int) r.symbol());
                if (addend == null || symbol.section() == 0) {
                    return null;
                }
                long offset = symbolValue(r) + addend + (pc ? i.address() + i.length() - at : 0);
                return new Place(symbol.section(), offset);
            }
            return null;
        }
        Long got = base == Base.GOT ? globalOffsetTable() : Long.valueOf(0);
        if (got == null) {
            return null;
        }
        long address = ripRelative ? i.address() + i.length() + displacement
                : is64 ? displacement : (got + displacement) & 0xFFFF_FFFFL;
        for (LlvmObjectFile.Section s : contents.sections()) {
            if (s.size() > 0 && Long.compareUnsigned(address - s.address(), s.size()) < 0 && image.sections().get(s.index()).hasContents()) {
                return new Place(s.index(), address - s.address());
            }
        }
        return null;
    }

    /** Up to {@code limit} entries of {@code width} bytes, each an instruction of the function, in order. */
    private List<Long> read(Place table, int width, Base relative, int limit, Function<Place, Long> inFunction) {
        Map<Long, ElfImage.RelocationEntry> relocations = image.isRelocatable()
                ? image.relocationsOf(table.section()).stream().collect(Collectors.toMap(ElfImage.RelocationEntry::offset, r -> r, (a, b) -> a))
                : Map.of();
        Set<Long> targets = new LinkedHashSet<>();
        for (int k = 0; k < limit; k++) {
            long at = table.offset() + (long) k * width;
            Place target = entry(table, at, width, relative, relocations.get(at));
            Long address = target == null ? null : inFunction.apply(target);
            if (address == null) {
                break;
            }
            targets.add(address);
        }
        return new ArrayList<>(targets);
    }

    private Place entry(Place table, long at, int width, Base relative, ElfImage.RelocationEntry r) {
        if (r != null) {
            Long addend = addend(table.section(), r, width);
            ElfImage.Symbol symbol = image.symbols().get((int) r.symbol());
            boolean expected = switch (relative) {
                case NONE -> r.type() == R_ABS_NATIVE;
                case TABLE -> r.type() == R_PC32;
                case GOT -> r.type() == R_386_GOTOFF;
            };
            if (addend == null || symbol.section() == 0 || !expected) {
                return null;
            }
            // PC32: the entry holds S + A - P and the jump adds the table's address, so the target is S + A - (P - table).
            // GOTOFF: the entry holds S + A - GOT and the jump adds the GOT's address.
            return new Place(symbol.section(), symbolValue(r) + addend - (relative == Base.TABLE ? at - table.offset() : 0));
        }
        Long value = image.read(table.section(), at, width);
        if (value == null || (image.isRelocatable() && relative != Base.TABLE)) {
            return null;
        }
        if (relative == Base.TABLE && image.isRelocatable()) {
            // Resolved by the assembler: only a table in the code's own section can be.
            return new Place(table.section(), table.offset() + value);
        }
        Long got = relative == Base.GOT ? globalOffsetTable() : Long.valueOf(0);
        if (got == null) {
            return null;
        }
        long address = switch (relative) {
            case TABLE -> contents.sections().get(table.section()).address() + table.offset() + value;
            case GOT -> (got + value) & 0xFFFF_FFFFL;
            case NONE -> width == 4 ? value & 0xFFFF_FFFFL : value;
        };
        for (LlvmObjectFile.Section s : contents.sections()) {
            if (Long.compareUnsigned(address - s.address(), s.size()) < 0 && image.sections().get(s.index()).isExecutable()) {
                return new Place(s.index(), address - s.address());
            }
        }
        return null;
    }

    /** The address of a linked executable's GOT, from its {@code _GLOBAL_OFFSET_TABLE_} symbol; null without one. */
    private Long globalOffsetTable() {
        return contents.symbols().stream().filter(s -> s.name().equals("_GLOBAL_OFFSET_TABLE_")).map(LlvmObjectFile.Symbol::address)
                .findFirst().orElse(null);
    }

    /** RELA carries the addend; REL keeps it in the patched bytes. */
    private Long addend(int section, ElfImage.RelocationEntry r, int width) {
        return image.sections().stream().anyMatch(s -> s.isRela() && s.info() == section) ? Long.valueOf(r.addend())
                : image.read(section, r.offset(), width);
    }

    /** The symbol's value in its section's terms (0 for a section symbol). */
    private long symbolValue(ElfImage.RelocationEntry r) {
        ElfImage.Symbol symbol = image.symbols().get((int) r.symbol());
        if (symbol.type() == ElfImage.STT_SECTION) {
            return 0;
        }
        return contents.symbols().get((int) r.symbol() - 1).address() - contents.sections().get(symbol.section()).address();
    }

    /** The entries the range check before the jump allows ({@code cmp $N} then {@code ja}: N + 1), else the general bound. */
    private static int bound(List<DecodedInstruction> code, int j) {
        for (int k = j - 1; k >= Math.max(0, j - LOOK_BACK); k--) {
            Matcher m = RANGE_CHECK.matcher(code.get(k).text());
            if (m.matches() && k + 1 < code.size()) {
                String next = code.get(k + 1).text();
                long n = number(m.group(1));
                if (next.startsWith("ja ") && n >= 0 && n < MAX_ENTRIES) {
                    return (int) n + 1;
                }
                if (next.startsWith("jae ") && n > 0 && n <= MAX_ENTRIES) {
                    return (int) n;
                }
            }
        }
        return MAX_ENTRIES;
    }

    /** The nearest instruction before {@code from} (within the look-back) whose text matches. */
    private static int find(List<DecodedInstruction> code, int from, String regex) {
        Pattern p = Pattern.compile(regex);
        for (int k = from - 1; k >= Math.max(0, from - LOOK_BACK); k--) {
            if (p.matcher(code.get(k).text()).matches()) {
                return k;
            }
        }
        return -1;
    }

    private static String group(DecodedInstruction i, String regex) {
        Matcher m = Pattern.compile(regex).matcher(i.text());
        return m.matches() ? m.group(1) : null;
    }

    private static long number(String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        long v = digits.startsWith("0x") ? Long.parseUnsignedLong(digits.substring(2), 16) : Long.parseLong(digits);
        return negative ? -v : v;
    }
}
