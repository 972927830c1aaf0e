package org.iretlab.decode;

import static org.iretlab.decode.DecodeFixtures.I386;
import static org.iretlab.decode.DecodeFixtures.X86_64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import org.iretlab.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input ends in InputException, never in a wrong answer or a dead JVM: LLVM's object-file C API
 * calls report_fatal_error on malformed tables, which would take the test JVM down with it.
 */
class BadInputTest {
    private static final byte[] X86_64_OBJECT = DecodeFixtures.compile(X86_64, DecodeFixtures.handlers(X86_64, false));
    private static final byte[] I386_OBJECT = DecodeFixtures.compile(I386, DecodeFixtures.handlers(I386, false));

    private static String refusal(byte[] input) {
        return assertThrows(InputException.class, () -> ObjectDecoder.decode(input, null, "h.o")).getMessage();
    }

    @Test
    void randomBytesAreNotAnObject() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        String message = refusal(noise);
        assertTrue(message.startsWith("h.o: not an ELF object (LLVM: ") && message.endsWith("give an object file or executable"), message);
        assertTrue(refusal(new byte[0]).contains("not an ELF object"));
    }

    @Test
    void textIsNotAnObject() {
        assertTrue(refusal("define void @f() { ret void }\n".getBytes(StandardCharsets.UTF_8)).contains("not an ELF object"));
    }

    @Test
    void elfForAnotherArchitectureIsRefused() {
        byte[] aarch64 = X86_64_OBJECT.clone();
        ByteBuffer.wrap(aarch64).order(ByteOrder.LITTLE_ENDIAN).putShort(18, (short) 183);
        String message = refusal(aarch64);
        assertTrue(message.contains("AArch64") && message.contains("not x86"), message);
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 40, 200, 1000})
    void truncatedObjectIsRefused(int keep) {
        String message = refusal(Arrays.copyOf(X86_64_OBJECT, keep));
        assertTrue(message.startsWith("h.o: "), message);
    }

    @Test
    void tripleForAnotherArchitectureIsRefused() {
        String message = assertThrows(InputException.class, () -> ObjectDecoder.decode(X86_64_OBJECT, "aarch64-unknown-none")).getMessage();
        assertTrue(message.contains("not x86"), message);
    }

    @Test
    void symbolTableLinkedToCodeInsteadOfNames() {
        assertMalformed(elf -> elf.section(".symtab").putInt(40, elf.index(".text")), "symbol name table");
    }

    @Test
    void symbolNameOutsideTheNameTable() {
        assertMalformed(elf -> elf.symbol(2).putInt(0, 0x7fffff), "outside the symbol name table");
    }

    @Test
    void symbolInASectionThatDoesNotExist() {
        assertMalformed(elf -> elf.symbol(2).putShort(6, (short) 0x7777), "does not exist");
    }

    @Test
    void relocationsWithoutAnEntrySize() {
        assertMalformed(elf -> elf.section(".rela.text").putLong(56, 0), "sh_entsize 0");
    }

    @Test
    void relocationOfASymbolThatDoesNotExist() {
        assertMalformed(elf -> elf.contents(".rela.text").putInt(12, 9999), "names symbol 9999");
    }

    @Test
    void codeOutsideTheFile() {
        assertMalformed(elf -> elf.section(".text").putLong(24, 1L << 40), "lies outside the file");
    }

    @Test
    void noSectionNameTable() {
        assertMalformed(elf -> elf.header().putShort(62, (short) 0), "section name table is missing");
    }

    @Test
    void functionLargerThanItsSection() {
        assertMalformed(elf -> elf.symbol(elf.symbolIndex("h_call")).putLong(16, 1L << 20), "does not lie inside its section");
    }

    /**
     * Random damage, half of it aimed at the ELF header and the file's last third (where LLVM puts
     * the section headers and the symbol table): each result is an answer or an InputException.
     */
    @ParameterizedTest
    @ValueSource(strings = {I386, X86_64})
    void damagedObjectsNeverKillTheJvm(String triple) {
        byte[] original = triple.equals(X86_64) ? X86_64_OBJECT : I386_OBJECT;
        Random random = new Random(triple.hashCode());
        int[] edges = {0, 1, 2, 3, 4, 8, 9, 11, 0x7f, 0x80, 0xff};
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] damaged = original.clone();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(64);
                    case 1 -> damaged.length - 1 - random.nextInt(damaged.length / 3);
                    default -> random.nextInt(damaged.length);
                };
                damaged[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : edges[random.nextInt(edges.length)]);
            }
            try {
                ObjectDecoder.decode(damaged, null);
            } catch (InputException e) {
                refused++;
            }
        }
        assertTrue(refused > 0, "no damage was ever noticed");
    }

    private static void assertMalformed(Consumer<Elf64> damage, String problem) {
        byte[] damaged = X86_64_OBJECT.clone();
        damage.accept(new Elf64(damaged));
        String message = refusal(damaged);
        assertTrue(message.startsWith("h.o: malformed ELF") && message.contains(problem), message);
    }

    /** Just enough of ELF64 to damage an object on purpose. */
    private static final class Elf64 {
        private final ByteBuffer bytes;

        Elf64(byte[] elf) {
            bytes = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        }

        ByteBuffer header() {
            return bytes;
        }

        ByteBuffer section(String name) {
            return slice((int) bytes.getLong(40) + 64 * index(name), 64);
        }

        ByteBuffer contents(String name) {
            ByteBuffer header = section(name);
            return slice((int) header.getLong(24), (int) header.getLong(32));
        }

        ByteBuffer symbol(int index) {
            return slice((int) section(".symtab").getLong(24) + 24 * index, 24);
        }

        int symbolIndex(String name) {
            ByteBuffer names = contents(".strtab");
            for (int i = 1; i < section(".symtab").getLong(32) / 24; i++) {
                if (string(names, symbol(i).getInt(0)).equals(name)) {
                    return i;
                }
            }
            throw new AssertionError("no symbol " + name);
        }

        int index(String name) {
            int count = bytes.getShort(60);
            ByteBuffer table = slice((int) bytes.getLong(40), 64 * count);
            ByteBuffer names = slice((int) table.getLong(64 * bytes.getShort(62) + 24), (int) table.getLong(64 * bytes.getShort(62) + 32));
            for (int i = 0; i < count; i++) {
                if (string(names, table.getInt(64 * i)).equals(name)) {
                    return i;
                }
            }
            throw new AssertionError("no section " + name);
        }

        private ByteBuffer slice(int offset, int length) {
            return bytes.slice(offset, length).order(ByteOrder.LITTLE_ENDIAN);
        }

        private static String string(ByteBuffer table, int offset) {
            int end = offset;
            while (table.get(end) != 0) {
                end++;
            }
            byte[] s = new byte[end - offset];
            table.get(offset, s);
            return new String(s, StandardCharsets.US_ASCII);
        }
    }
}
