package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Triples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle reads a handler's symbols and renames them apart over the ELF bytes; GNU nm and objcopy,
 * which it ran before, are the reference here: the same lists as nm's listing, and a renamed object
 * that nm lists as it lists objcopy's and that GNU ld links.
 */
class ObjectSymbolsTest {
    private static final String I686 = "i686-unknown-none";
    private static final String X86_64 = "x86_64-unknown-none";
    private static final Path CASES = Path.of("../ir-tests/cases");

    /** Locals, globals, commons, weak definitions and references, undefined calls, a COMDAT, the GOT's name. */
    private static String varied(String triple, boolean defineExt) {
        String got = Triples.is64Bit(triple) ? "leaq _GLOBAL_OFFSET_TABLE_(%rip), %rax" : "addl $_GLOBAL_OFFSET_TABLE_, %ebx";
        return "$dup = comdat any\n"
                + "module asm \".text\"\nmodule asm \"got_user: " + got + "\"\n"
                + "@g = global i32 1\n@s = internal global i32 2\n@c = common global [64 x i8] zeroinitializer, align 4\n"
                + "@w = extern_weak global i32\n@wd = weak global i32 3\n"
                + (defineExt ? "define void @ext() noinline { ret void }\n" : "declare void @ext()\n")
                + "declare extern_weak void @wext()\n"
                + "define linkonce_odr void @dup() noinline comdat { ret void }\n"
                + "define internal void @near() noinline {\n  call void @ext()\n  ret void\n}\n"
                + "define x86_intrcc void @handler(ptr byval(i8) %f) {\n  call void @near()\n  call void @dup()\n"
                + "  call void @wext()\n  %v = load volatile i32, ptr @w\n  store volatile i32 %v, ptr @s\n"
                + "  store volatile i32 %v, ptr @c\n  store volatile i32 %v, ptr @wd\n  store volatile i32 %v, ptr @g\n"
                + "  ret void\n}\n";
    }

    record Input(String name, String triple, byte[] elf) {
        @Override
        public String toString() {
            return name + " [" + triple + "]";
        }
    }

    static Stream<Input> objects() throws IOException {
        List<Input> out = new ArrayList<>();
        for (String triple : List.of(I686, X86_64)) {
            out.add(new Input("varied", triple, compile(triple, varied(triple, false))));
        }
        for (String id : List.of("01-misaligned-call-i686", "10b-x87-call-i686", "04-ecode-call-alignment-x86_64",
                "16b-cld-call-x86_64", "fe-clang16-callee-facts-x86_64")) {
            String ir = Files.readString(CASES.resolve(id + ".ll"));
            out.add(new Input(id, id.contains("i686") ? I686 : X86_64, compile(id.contains("i686") ? I686 : X86_64, ir)));
        }
        return out.stream();
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("objects")
    void symbolsAreWhatNmLists(Input input) throws Exception {
        Path file = Files.write(dir.resolve("handler.o"), input.elf());
        ObjectSymbols fromNm = nmSymbols(file, input.triple());
        assertFalse(fromNm.defined().isEmpty() || fromNm.undefined().isEmpty(), "nm listed " + fromNm);
        assertEquals(fromNm, ObjectSymbols.read(file, input.elf()));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void renamedObjectIsWhatObjcopyWrites(Input input) throws Exception {
        Path file = Files.write(dir.resolve("handler.o"), input.elf());
        List<String> names = ObjectSymbols.read(file, input.elf()).names();
        Path ours = Kernel.renamed(file, input.elf(), "h7_", names, dir.resolve("ours.o"));

        StringBuilder map = new StringBuilder();
        names.stream().filter(n -> !n.startsWith("_GLOBAL_OFFSET_TABLE_")).forEach(n -> map.append(n).append(" h7_").append(n).append('\n'));
        Path mapFile = Files.writeString(dir.resolve("names"), map);
        Path theirs = dir.resolve("objcopy.o");
        run("objcopy", "--redefine-syms=" + mapFile, file.toString(), theirs.toString());

        String listed = nm(ours, input.triple());
        assertEquals(nm(theirs, input.triple()), listed);
        assertTrue(listed.contains(" h7_"), listed);
        assertEquals(sectionNames(theirs), sectionNames(ours));
    }

    /** Two copies of one object define the same globals: ld links them once each is renamed apart, and not before. */
    @Test
    void renamedCopiesLinkIntoOneExecutable() throws Exception {
        for (String triple : List.of(I686, X86_64)) {
            byte[] elf = compile(triple, varied(triple, true));
            Path file = Files.write(dir.resolve("handler.o"), elf);
            List<String> names = ObjectSymbols.read(file, elf).names();
            Path a = Kernel.renamed(file, elf, "a_", names, dir.resolve("a.o"));
            Path b = Kernel.renamed(file, elf, "b_", names, dir.resolve("b.o"));
            String emulation = Triples.is64Bit(triple) ? "elf_x86_64" : "elf_i386";
            Path linked = dir.resolve("linked");
            run("ld", "-m", emulation, "-e", "a_handler", "-o", linked.toString(), a.toString(), b.toString());
            String symbols = nm(linked, triple);
            for (String name : List.of("a_handler", "b_handler", "a_ext", "b_ext", "a_near", "b_near", "a_g", "b_g")) {
                assertTrue(symbols.contains(" " + name + "\n"), name + " missing in\n" + symbols);
            }
            Process same = new ProcessBuilder("ld", "-m", emulation, "-e", "handler", "-o", dir.resolve("clash").toString(),
                    file.toString(), file.toString()).redirectErrorStream(true).start();
            String clash = new String(same.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(same.waitFor() != 0 && clash.contains("multiple definition"), clash);
        }
    }

    /** A linked executable (a user may give one): nm lists its addresses, and so does the reader. */
    @Test
    void executablesSymbolsAreWhatNmLists() throws Exception {
        for (String triple : List.of(I686, X86_64)) {
            Path object = Files.write(dir.resolve("h.o"), compile(triple, varied(triple, true)));
            Path linked = dir.resolve("h");
            // High addresses: the top bit set, where a signed reading would go wrong.
            String text = Triples.is64Bit(triple) ? "0xffffffff80100000" : "0x80100000";
            run("ld", "-m", Triples.is64Bit(triple) ? "elf_x86_64" : "elf_i386", "-e", "handler", "-Ttext=" + text,
                    "-o", linked.toString(), object.toString());
            byte[] elf = Files.readAllBytes(linked);
            assertEquals(nmSymbols(linked, triple), ObjectSymbols.read(linked, elf));
        }
        // A static glibc: thousands of symbols, IFUNCs, TLS, and local names that several of its files define.
        org.iretlab.Required.tool("gcc");
        Path source = Files.writeString(dir.resolve("m.c"), "int main(void) { return 0; }\n");
        Path glibc = dir.resolve("m");
        run("gcc", "-static", "-o", glibc.toString(), source.toString());
        byte[] elf = Files.readAllBytes(glibc);
        ObjectSymbols fromNm = nmSymbols(glibc, X86_64);
        assertTrue(fromNm.names().size() > 1000, "a static glibc has " + fromNm.names().size());
        assertEquals(fromNm, ObjectSymbols.read(glibc, elf));
    }

    @Test
    void aNameNoSymbolHasRenamesNothing() throws Exception {
        byte[] elf = compile(X86_64, varied(X86_64, false));
        Path file = Files.write(dir.resolve("handler.o"), elf);
        Path renamed = Kernel.renamed(file, elf, "p_", List.of("handler", "no_such_symbol"), dir.resolve("p.o"));
        ObjectSymbols after = ObjectSymbols.read(renamed, Files.readAllBytes(renamed));
        assertTrue(after.defined().containsKey("p_handler"), after.toString());
        assertFalse(after.names().contains("handler") || after.names().contains("p_no_such_symbol"), after.toString());
        assertTrue(after.names().contains("near") && after.undefined().contains("ext"), after.toString());
        Set<String> before = new LinkedHashSet<>(ObjectSymbols.read(file, elf).names());
        before.remove("handler");
        before.add("p_handler");
        assertEquals(before, new LinkedHashSet<>(after.names()));
    }

    @Test
    void truncatedObjectsAreRefusedClearly() throws Exception {
        byte[] elf = compile(X86_64, varied(X86_64, false));
        Path file = dir.resolve("handler.o");
        for (int keep : new int[] {0, 10, 63, elf.length / 2, elf.length - 1}) {
            byte[] cut = Arrays.copyOf(elf, keep);
            Files.write(file, cut);
            assertRefused(() -> ObjectSymbols.read(file, cut));
            assertRefused(() -> Kernel.renamed(file, cut, "p_", List.of("handler"), dir.resolve("p.o")));
        }
    }

    @Test
    void aSymbolNamedOutsideItsNameTableIsRefusedClearly() throws Exception {
        byte[] elf = compile(X86_64, varied(X86_64, false));
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long headers = b.getLong(40);
        for (int i = 0; i < (b.getShort(60) & 0xffff); i++) {
            int at = (int) headers + 64 * i;
            if (b.getInt(at + 4) == 2) {
                b.putInt((int) b.getLong(at + 24) + 24, 0x7fff_ffff);
            }
        }
        Path file = Files.write(dir.resolve("handler.o"), elf);
        String message = assertRefused(() -> ObjectSymbols.read(file, elf));
        assertTrue(message.contains("has its name outside the symbol name table"), message);
        assertRefused(() -> Kernel.renamed(file, elf, "p_", List.of("handler"), dir.resolve("p.o")));
    }

    /** Random damage: each read or rename is an answer or an InputException, never an index out of bounds. */
    @Test
    void damagedObjectsGiveAnAnswerOrAnInputException() throws Exception {
        byte[] elf = compile(I686, varied(I686, false));
        Path file = dir.resolve("handler.o");
        Random random = new Random(19);
        int refused = 0;
        for (int round = 0; round < 2000; round++) {
            byte[] damaged = elf.clone();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextBoolean() ? random.nextInt(64) : damaged.length - 1 - random.nextInt(damaged.length / 3);
                damaged[at] = (byte) random.nextInt(256);
            }
            try {
                ObjectSymbols symbols = ObjectSymbols.read(file, damaged);
                Kernel.renamed(file, damaged, "p_", symbols.names(), dir.resolve("p.o"));
            } catch (InputException e) {
                refused++;
            }
        }
        assertTrue(refused > 0, "no damage was ever noticed");
    }

    private static String assertRefused(org.junit.jupiter.api.function.Executable call) {
        String message = assertThrows(InputException.class, call).getMessage();
        assertTrue(message.contains("handler.o") && message.contains("give"), message);
        return message;
    }

    /** What the oracle made of nm's listing before it read the bytes itself: the reference. */
    private static ObjectSymbols nmSymbols(Path file, String triple) throws Exception {
        List<String> undefined = new ArrayList<>();
        Map<String, Long> defined = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (String line : nm(file, triple).split("\n")) {
            String[] w = line.strip().split("\\s+");
            if (w.length == 2 && w[0].equals("U")) {
                if (!w[1].startsWith("_GLOBAL_OFFSET_TABLE_")) {
                    undefined.add(w[1]);
                }
                names.add(w[1]);
            } else if (w.length == 3) {
                defined.putIfAbsent(w[2], Long.parseUnsignedLong(w[0], 16));
                names.add(w[2]);
            }
        }
        return new ObjectSymbols(List.copyOf(undefined), Map.copyOf(defined), List.copyOf(names));
    }

    private static String nm(Path file, String triple) throws Exception {
        org.iretlab.Required.tool("nm");
        return run("nm", "--target=" + (Triples.is64Bit(triple) ? "elf64-x86-64" : "elf32-i386"), file.toString());
    }

    private static String sectionNames(Path file) throws Exception {
        return run("objdump", "-h", file.toString()).lines().skip(2).map(l -> l.strip().split("\\s+"))
                .filter(w -> w.length > 1 && w[0].matches("\\d+")).map(w -> w[1]).sorted().toList().toString();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        org.iretlab.Required.tool(command[0]);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    private static byte[] compile(String triple, String ir) {
        return new EmbeddedCompiler("embedded-test")
                .compile(IrSource.ofText("symbols-test.ll", ir), CompileOptions.forTriple(triple).withEmit(CompileOptions.Emit.OBJ))
                .object();
    }
}
