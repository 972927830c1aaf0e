package org.iretlab.decode;

import static org.iretlab.decode.DecodeFixtures.I386;
import static org.iretlab.decode.DecodeFixtures.X86_64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;
import org.iretlab.target.Triples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A switch of six dense cases compiles to a jump table (absolute entries on i386 and x86-64 without
 * PIC, table-relative ones with PIC): the decoder reads the six case targets from the object's data
 * and relocations, and the same six from the linked executable, where no relocation is left. At -O0
 * the table's entry is loaded into a register first and the jump goes through that register.
 */
class JumpTablesTest {
    private static final String SWITCH = "@sel = global i32 0\n@out = global [6 x i32] zeroinitializer\n"
            + "define x86_intrcc void @h(ptr byval(i8) %f) {\nentry:\n  %v = load volatile i32, ptr @sel\n"
            + "  switch i32 %v, label %done [ i32 0, label %c0  i32 1, label %c1  i32 2, label %c2"
            + "  i32 3, label %c3  i32 4, label %c4  i32 5, label %c5 ]\n"
            + cases() + "done:\n  ret void\n}\n";

    @TempDir
    Path dir;

    private static String cases() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            b.append("c").append(k).append(":\n  store volatile i32 ").append(k * 7 + 1)
                    .append(", ptr getelementptr ([6 x i32], ptr @out, i32 0, i32 ").append(k).append(")\n  br label %done\n");
        }
        return b.toString();
    }

    @ParameterizedTest
    @CsvSource({I386 + ",static,2", X86_64 + ",static,2", X86_64 + ",pic,2", I386 + ",static,0", X86_64 + ",static,0",
            X86_64 + ",pic,0", I386 + ",pic,2", I386 + ",pic,0"})
    void everyCaseTargetIsReadFromTheTable(String triple, String relocation, int opt) throws Exception {
        byte[] object = new EmbeddedCompiler("embedded-test").compile(IrSource.ofText("switch.ll", SWITCH),
                CompileOptions.forTriple(triple).withTarget(new Target(triple, "", "", opt, null, relocation))
                        .withEmit(CompileOptions.Emit.OBJ)).object();
        List<Long> inObject = caseOffsets(ObjectDecoder.decode(object, triple).function("h").orElseThrow());
        assertEquals(6, inObject.size(), "six distinct case targets: " + inObject);

        org.iretlab.Required.tool("ld");
        Path o = Files.write(dir.resolve("s.o"), object);
        Path executable = dir.resolve("s");
        DecodeFixtures.run("ld", "-m", Triples.is64Bit(triple) ? "elf_x86_64" : "elf_i386", "-e", "h",
                "-o", executable.toString(), o.toString());
        List<Long> linked = caseOffsets(ObjectDecoder.decode(Files.readAllBytes(executable), null).function("h").orElseThrow());
        assertEquals(inObject, linked);
    }

    /** A table load, an instruction given by the test, then the jump through the loaded register. */
    private static List<Long> targetsWith(String between) {
        String ir = "target triple = \"" + X86_64 + "\"\n"
                + "module asm \".text\"\nmodule asm \".globl g\"\nmodule asm \".type g,@function\"\n"
                + "module asm \"g: movq tbl(,%rdi,8), %rax\"\n" + between
                + "module asm \"  jmpq *%rax\"\nmodule asm \"a: ret\"\nmodule asm \"b: ret\"\n"
                + "module asm \".size g, .-g\"\nmodule asm \".section .rodata\"\nmodule asm \"tbl: .quad a, b\"\n";
        byte[] object = new EmbeddedCompiler("embedded-test").compile(IrSource.ofText("g.ll", ir),
                CompileOptions.forTriple(X86_64).withEmit(CompileOptions.Emit.OBJ)).object();
        DecodedFunction g = ObjectDecoder.decode(object, X86_64).function("g").orElseThrow();
        return g.instructions().stream().flatMap(i -> i.tableTargets().stream()).map(t -> t - g.address()).toList();
    }

    @Test
    void aTableLoadedRightBeforeTheJumpIsFollowed() {
        assertEquals(2, targetsWith("").size());
        // Negative control: once anything stands between the load and the jump, the jump's register is not the entry.
        assertEquals(List.of(), targetsWith("module asm \"  notq %rax\"\n"));
    }

    /** The case targets of the function's one switch jump, as offsets from the function's start. */
    private static List<Long> caseOffsets(DecodedFunction f) {
        List<DecodedInstruction> jumps = f.instructions().stream().filter(i -> !i.tableTargets().isEmpty()).toList();
        assertEquals(1, jumps.size(), () -> "one switch jump in " + f.instructions());
        List<Long> starts = f.instructions().stream().map(DecodedInstruction::address).toList();
        List<Long> targets = jumps.get(0).tableTargets();
        assertTrue(starts.containsAll(targets));
        return targets.stream().map(t -> t - f.address()).toList();
    }
}
