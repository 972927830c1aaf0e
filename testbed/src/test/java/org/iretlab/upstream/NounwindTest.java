package org.iretlab.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iretlab.Required;
import org.junit.jupiter.api.Test;

/** Exported handlers are marked nounwind where LLVM's grammar puts function attributes, and llc then writes no .cfi. */
class NounwindTest {
    @Test
    void theAttributeGoesAfterTheParametersAndUnnamedAddr() {
        assertEquals("define x86_intrcc void @foo(ptr byval(%F32) %frame) nounwind #0 {",
                Nounwind.markLine("define x86_intrcc void @foo(ptr byval(%F32) %frame) #0 {"));
        assertEquals("define dso_local x86_intrcc void @\"a (b)\"(ptr byval(i32) %p, i64 %e) unnamed_addr addrspace(0) nounwind section \".t\" {",
                Nounwind.markLine("define dso_local x86_intrcc void @\"a (b)\"(ptr byval(i32) %p, i64 %e) unnamed_addr addrspace(0) section \".t\" {"));
        // Already nounwind, not a handler, not a define: unchanged.
        for (String same : new String[] {"define x86_intrcc void @h(ptr byval(i32) %p) nounwind {", "define void @helper() {",
                "declare x86_intrcc void @d(ptr byval(i32))", "  call void @bar()"}) {
            assertEquals(same, Nounwind.markLine(same));
        }
    }

    /** The control: the case as written makes llc write .cfi directives; marked, it does not. */
    @Test
    void llcWritesNoCfiForAMarkedHandler() throws Exception {
        Required.backend("llc-19");
        String ir = Files.readString(Path.of("../ir-tests/cases/01-misaligned-call-i686.ll"));
        assertTrue(llc(ir).contains(".cfi_"), "the control: llc writes .cfi for the case as written");
        String marked = llc(Nounwind.mark(ir));
        assertFalse(marked.contains(".cfi_"), marked);
        assertTrue(marked.contains("iretl"), marked);
    }

    private static String llc(String ir) throws Exception {
        Process p = new ProcessBuilder(LitRunner.bin(19).resolve("llc").toString(), "-mtriple=i686-unknown-linux-gnu", "-o", "-")
                .redirectErrorStream(true).start();
        p.getOutputStream().write(ir.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
