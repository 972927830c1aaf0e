package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iretlab.cell.Cell;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.iretlab.Required;
import org.iretlab.common.ExternalProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String ECODE_CALL = """
            target triple = "x86_64-unknown-none"
            declare void @ext()
            define x86_intrcc void @h(ptr byval(i8) %f, i64 %e) {
              call void @ext()
              ret void
            }
            """;

    /**
     * Issue 20 item 6: --llvm holds for a handler description too. llvm#26851 (a 32-bit handler that
     * calls out with ESP only 4-aligned) shows on LLVM 16 and is fixed on the embedded LLVM 20.
     */
    @Test
    void aDescriptionIsJudgedOnTheLlvmItNames() {
        Required.backend("llc-16");
        String[] description = {"check", "--params", "1", "--triple", "i686-unknown-linux-gnu", "--body", "call"};
        Cli on16 = Cli.run(concat(description, "--llvm", "llc-16"));
        assertTrue(on16.out().contains("llc-16 16.") && on16.out().contains("misaligned-call-site"), on16::toString);
        Cli embedded = Cli.run(description);
        assertTrue(embedded.out().contains("embedded-20") && !embedded.out().contains("misaligned-call-site"), embedded::toString);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aBugIsExit1WithTheInstructionAndReason(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("ec.ll"), ECODE_CALL);
        Cli r = Cli.run("check", ll.toString(), "--mattr=-sse");
        assertEquals(ExitCodes.BUG, r.exit(), r::toString);
        assertTrue(r.out().contains("@h: BUG"), r::toString);
        assertTrue(r.out().matches("(?s).*misaligned-call-site +0x[0-9a-f]+ +callq ext +SP = entry-sp-88 is only known to be 8-aligned.*"),
                r::toString);
    }

    @Test
    void jsonCarriesOutcomeFindingsAndNotes(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("ec.ll"), ECODE_CALL);
        Cli r = Cli.run("check", ll.toString(), "--mattr=-sse", "--json");
        assertEquals(ExitCodes.BUG, r.exit(), r::toString);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("BUG", report.get("outcome").asText());
        assertEquals("embedded-20", report.get("backend").asText());
        JsonNode h = report.get("functions").get(0);
        assertEquals("h", h.get("function").asText());
        assertTrue(h.get("findings").findValuesAsText("kind").contains("misaligned-call-site"), r::toString);
        assertTrue(h.get("notes").size() > 0);
    }

    @Test
    void checkJsonDescribesAFindingWithTheFieldsOfResultsJson(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("ec.ll"), ECODE_CALL);
        Cli r = Cli.run("check", ll.toString(), "--mattr=-sse", "--json");
        ObjectMapper json = new ObjectMapper();
        JsonNode finding = json.readTree(r.out()).get("functions").get(0).get("findings").get(0);
        List<String> fields = new ArrayList<>();
        finding.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("kind", "address", "instruction", "reason"), fields, finding::toString);
        assertTrue(finding.get("address").isNumber(), "an address is a number, not text to parse: " + finding);
        // The same finding inside a stored cell (cells.jsonl, results.json) is the same object.
        org.iretlab.verdict.Finding f = json.treeToValue(finding, org.iretlab.verdict.Finding.class);
        Cell cell = new Cell(null, "ec", null, null, null, "x86_64-unknown-none", "embedded-20", "20.1.8", false, null,
                org.iretlab.verdict.Outcome.BUG, Set.of(f.kind()), List.of(f), null, null, null, null, null, null, null, null, null);
        assertEquals(finding.toString(), json.valueToTree(cell).get("findings").get(0).toString());
    }

    @Test
    void overridesReachTheAnalyser(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("ec.ll"), ECODE_CALL);
        Cli r = Cli.run("check", ll.toString(), "--mattr=-sse", "--callee-stack-align", "8", "--callee-model", "general-regs-only");
        assertEquals(ExitCodes.OK, r.exit(), "8-byte callees and no FP in them: nothing left\n" + r);
        Cli avx = Cli.run("check", ll.toString(), "--mattr=-sse", "--callee-stack-align", "8", "--callee-model",
                "general-regs-only", "--cpu-state", "x87,sse,avx");
        assertEquals(ExitCodes.OK, avx.exit(), "a general-regs-only callee leaves vector state alone\n" + avx);
        Cli abi = Cli.run("check", ll.toString(), "--mattr=-sse", "--callee-stack-align", "8", "--cpu-state", "x87,sse");
        assertTrue(abi.out().contains("vector-clobbered"), "an ABI callee on an SSE machine may change xmm0-15, "
                + "which a -sse handler does not save\n" + abi);
        assertEquals(ExitCodes.INPUT, Cli.run("check", ll.toString(), "--callee-model", "magic").exit());
        assertEquals(ExitCodes.INPUT, Cli.run("check", ll.toString(), "--callee-stack-align", "12").exit());
    }

    @Test
    void anUnknownInstructionIsExit4(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("u.ll"), """
                target triple = "x86_64-unknown-none"
                define x86_intrcc void @h(ptr byval(i8) %f) {
                  call void asm sideeffect "prefetcht0 (%rsp)", ""()
                  ret void
                }
                """);
        Cli r = Cli.run("check", ll.toString());
        assertEquals(ExitCodes.UNDECIDED, r.exit(), r::toString);
        assertTrue(r.out().contains("unknown-instruction") && r.out().contains("UNDECIDED"), r::toString);
    }

    @Test
    void aCorrectHandlerIsExit0() {
        Cli r = Cli.run("check", "--params", "2", "--body", "error-code", "--triple", "i386-unknown-none");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("@handler: OK"), r::toString);
    }

    @Test
    void refusedAndCrashedInputKeepTheirExitCodes(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("ret.ll"), "define x86_intrcc i64 @h(ptr byval(i8) %f) {\n  ret i64 1\n}\n");
        Cli refused = Cli.run("check", ll.toString(), "--triple", "x86_64-unknown-none");
        assertEquals(ExitCodes.INPUT, refused.exit(), refused::toString);
        assertTrue(refused.out().contains("REJECTED"), refused::toString);
        Cli crashed = Cli.run("check", ll.toString(), "--triple", "x86_64-unknown-none", "--skip-prototype-check");
        assertEquals(ExitCodes.CRASH, crashed.exit(), crashed::toString);
        assertTrue(crashed.out().contains("LLVM ERROR: X86 interrupts may not return any value"), crashed::toString);
    }

    /** Code compiled elsewhere: an object from llc-like output, linked by GNU ld into an executable. */
    @Test
    void anElfExecutableIsJudgedByHandlerSymbol(@TempDir Path dir) throws Exception {
        Path ld = org.iretlab.Required.tool("ld");
        Path obj = dir.resolve("k.o");
        Cli compiled = Cli.run("compile", "--params", "2", "--body", "call", "--triple", "x86_64-unknown-none",
                "--mattr=-sse", "--emit", "obj", "-o", obj.toString());
        assertEquals(0, compiled.exit(), compiled::toString);
        Path ext = dir.resolve("ext.o");
        Cli extObj = Cli.run("compile", "--params", "0", "--name", "ext", "--triple", "x86_64-unknown-none", "--emit", "obj",
                "-o", ext.toString());
        assertEquals(0, extObj.exit(), extObj::toString);
        Path kernel = dir.resolve("kernel.elf");
        ExternalProcess.Result link = ExternalProcess.run(List.of(ld.toString(), "-m", "elf_x86_64", "-e", "handler", "-o",
                kernel.toString(), obj.toString(), ext.toString()), Duration.ofSeconds(30));
        assertEquals(0, link.exitCode(), link.stderr());

        Cli r = Cli.run("check", "--object", kernel.toString(), "--handler", "handler:ecode");
        assertEquals(ExitCodes.BUG, r.exit(), r::toString);
        assertTrue(r.out().contains("misaligned-call-site") && r.out().contains("callq ext"), r::toString);
        Cli wrongShape = Cli.run("check", "--object", kernel.toString(), "--handler", "handler");
        assertTrue(wrongShape.out().contains("sp-at-iret-wrong"), "told there is no error code, the pop looks wrong\n" + wrongShape);
        Cli missing = Cli.run("check", "--object", kernel.toString(), "--handler", "nosuch");
        // No such function: an input error naming those there are (it was UNDECIDED, as if a handler were unjudgeable).
        assertEquals(ExitCodes.INPUT, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("has no function symbol nosuch") && missing.err().contains("its function symbols: "),
                missing::toString);
        assertEquals(ExitCodes.INPUT, Cli.run("check", "--object", kernel.toString()).exit());
    }

    /** die returns as far as LLVM knows; after it the handler sets DF and calls log. */
    private static final Path DIES = Path.of("src/test/resources/callee/dies.ll");

    @Test
    void calleeModelsPerSymbolAndNoReturnReachTheAnalyser(@TempDir Path dir) throws Exception {
        Path ll = Files.copy(DIES, dir.resolve("dies.ll"));
        Cli gprs = Cli.run("check", ll.toString(), "--callee-model", "general-regs-only");
        assertTrue(gprs.out().contains("missing-cld") && !gprs.out().contains("x87-state-clobbered"), gprs::toString);
        Cli dies = Cli.run("check", ll.toString(), "--callee-model", "general-regs-only", "--noreturn", "die");
        assertEquals(ExitCodes.OK, dies.exit(), "nothing after die runs\n" + dies);
        Cli logAbi = Cli.run("check", ll.toString(), "--callee-model", "general-regs-only", "--callee-model", "log=abi",
                "--noreturn", "die");
        assertEquals(ExitCodes.OK, logAbi.exit(), "log is never reached\n" + logAbi);
        Cli dieAbi = Cli.run("check", ll.toString(), "--callee-model", "die=abi", "--callee-model", "log=general-regs-only");
        assertTrue(dieAbi.out().contains("x87-state-clobbered") && dieAbi.out().contains("die may use x87 (--callee-model die=abi)"),
                dieAbi::toString);
    }

    @Test
    void badCalleeOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path ll = Files.copy(DIES, dir.resolve("dies.ll"));
        for (List<String> bad : List.of(List.of("--callee-model", "=abi"), List.of("--callee-model", "log=magic"),
                List.of("--callee-model", "abi", "--callee-model", "soft-float"), List.of("--noreturn", " "))) {
            List<String> args = new java.util.ArrayList<>(List.of("check", ll.toString()));
            args.addAll(bad);
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.INPUT, r.exit(), bad + ": " + r);
            assertTrue(!r.err().contains("Exception"), r::toString);
        }
    }
}
