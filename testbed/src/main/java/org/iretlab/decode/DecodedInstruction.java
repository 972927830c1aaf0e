package org.iretlab.decode;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One decoded instruction.
 *
 * @param address where it starts (section-relative in a relocatable object, virtual in a linked one)
 * @param bytes its encoding
 * @param text LLVM's AT&T text, trimmed, mnemonic and operands separated by one space and operands by
 *     ", " (e.g. {@code movaps %xmm0, -24(%rsp)}, {@code rep stosl %eax, %es:(%edi)}); {@value #BAD}
 *     for a byte LLVM cannot decode, which then covers exactly that one byte
 * @param branchTarget for a direct call/jmp/jcc/loop/jcxz the absolute target (address + length +
 *     displacement, from the encoding; in a relocatable object that is the unrelocated placeholder),
 *     else null
 * @param symbol the symbol of the first relocation inside these bytes (relocatable objects: what a
 *     call or jump goes to, or what a memory operand refers to), else the function starting at
 *     branchTarget, else null
 * @param tableTargets for the indirect jump of a switch, the case targets read from its table
 *     ({@link JumpTables}), in table order without repeats; else empty
 */
public record DecodedInstruction(long address, byte[] bytes, String text, Long branchTarget, String symbol,
        List<Long> tableTargets) {
    public static final String BAD = "(bad)";

    public DecodedInstruction {
        bytes = bytes.clone();
        Objects.requireNonNull(text, "text");
        tableTargets = List.copyOf(tableTargets);
    }

    /** The same instruction with the case targets of its switch table. */
    DecodedInstruction withTableTargets(List<Long> targets) {
        return new DecodedInstruction(address, bytes, text, branchTarget, symbol, targets);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The instructions that only trap: nothing runs after them on their path. */
    public static final Set<String> TRAPS = Set.of("ud2", "ud1", "int3");

    /** True when this instruction only traps. */
    public boolean isTrap() {
        return TRAPS.contains(text);
    }

    /** True when LLVM could not decode this byte: an analyser must fail closed on it. */
    public boolean isBad() {
        return BAD.equals(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecodedInstruction other
                && address == other.address
                && Arrays.equals(bytes, other.bytes)
                && text.equals(other.text)
                && Objects.equals(branchTarget, other.branchTarget)
                && Objects.equals(symbol, other.symbol)
                && tableTargets.equals(other.tableTargets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, Arrays.hashCode(bytes), text, branchTarget, symbol, tableTargets);
    }

    @Override
    public String toString() {
        return Long.toHexString(address) + ": " + HexFormat.ofDelimiter(" ").formatHex(bytes) + "  " + text
                + (branchTarget == null ? "" : "  -> 0x" + Long.toHexString(branchTarget))
                + (symbol == null ? "" : " <" + symbol + ">")
                + (tableTargets.isEmpty() ? "" : " cases " + tableTargets.stream().map(Long::toHexString).toList());
    }
}
