package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs iretlab cannot judge say why and what to give instead (exit 2), in check and run alike: a
 * --handler that names no function of the object, and a target whose objects are not ELF.
 */
class ObjectAndTargetInputTest {
    /** Clang's handlers with a global counter beside them (the data symbol). */
    private static final Path HANDLERS = Path.of("src/test/resources/oracle/clang-noreturn-x86_64.s");

    @Test
    void aHandlerThatIsNoFunctionSymbolIsAnInputErrorNamingTheFunctions(@TempDir Path dir) throws Exception {
        Path object = Files.write(dir.resolve("h.o"), org.iretlab.backend.Assembler.assemble(HANDLERS.toString(),
                Files.readString(HANDLERS), "x86_64-unknown-linux-gnu"));
        for (String command : new String[] {"check", "run"}) {
            Cli r = Cli.run(command, "--object", object.toString(), "--handler", "ticks:ecode");
            assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
            assertTrue(r.err().contains("--handler ticks:ecode: " + object + " has no function symbol ticks"), r::toString);
            assertTrue(r.err().contains("its function symbols: counts, halts, spins, panics, waits, double_fault"), r::toString);
            Cli undefined = Cli.run(command, "--object", object.toString(), "--handler", "kernel_panic");
            assertEquals(ExitCodes.INPUT, undefined.exit(), undefined::toString);
        }
        Cli control = Cli.run("check", "--object", object.toString(), "--handler", "counts");
        assertNotEquals(ExitCodes.INPUT, control.exit(), control::toString);
    }

    @Test
    void aListOfFunctionsFitsATerminal() {
        java.util.List<String> names = java.util.stream.IntStream.range(0, 25).mapToObj(i -> "f" + i).toList();
        assertEquals("f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 15 more", Arguments.someOf(names));
        assertEquals("f0, f1", Arguments.someOf(names.subList(0, 2)));
    }

    /**
     * Darwin's and Windows' triples (as LLVM's own x86-64-intrcc tests use them) make Mach-O and COFF:
     * said as such, with the ELF triple to use, in check, run and compile --emit obj; the -elf form of a
     * Windows triple is ELF and is judged.
     */
    @Test
    void aTargetThatDoesNotMakeElfNamesTheElfTripleToUse(@TempDir Path dir) throws Exception {
        Path ir = Files.writeString(dir.resolve("h.ll"), """
                %F = type { i64, i64, i64, i64, i64 }
                define x86_intrcc void @h(ptr byval(%F) %f) {
                  ret void
                }
                """);
        for (String[] triple : new String[][] {{"x86_64-apple-macosx10.15.0", "Mach-O", "x86_64-unknown-linux-gnu"},
                {"i686-pc-windows-msvc", "COFF", "i686-pc-windows-elf"}, {"x86_64-pc-win32", "COFF", "x86_64-pc-windows-elf"}}) {
            for (String command : new String[] {"check", "run"}) {
                Cli r = Cli.run(command, ir.toString(), "--triple", triple[0]);
                assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
                assertTrue(r.out().contains("makes " + triple[1] + " objects, and iretlab reads only ELF: give --triple " + triple[2]),
                        r::toString);
                assertFalse((r.out() + r.err()).contains("little-endian"), r::toString);
            }
            Cli obj = Cli.run("compile", "--emit", "obj", "-o", dir.resolve("h.o").toString(), ir.toString(), "--triple", triple[0]);
            assertEquals(ExitCodes.INPUT, obj.exit(), obj::toString);
            assertTrue(obj.err().contains("reads only ELF: give --triple " + triple[2]), obj::toString);
        }
        Cli elf = Cli.run("check", ir.toString(), "--triple", "i686-pc-windows-elf");
        assertEquals(ExitCodes.OK, elf.exit(), elf::toString);
    }
}
