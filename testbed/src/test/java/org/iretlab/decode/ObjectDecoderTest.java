package org.iretlab.decode;

import static org.iretlab.decode.DecodeFixtures.I386;
import static org.iretlab.decode.DecodeFixtures.I686_LINUX;
import static org.iretlab.decode.DecodeFixtures.X86_64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iretlab.target.Triples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectDecoderTest {
    private static final Map<String, DecodedObject> HANDLERS = new ConcurrentHashMap<>();

    private static DecodedObject handlers(String triple) {
        return HANDLERS.computeIfAbsent(triple,
                t -> ObjectDecoder.decode(DecodeFixtures.compile(t, DecodeFixtures.handlers(t, false)), t));
    }

    private static DecodedFunction function(String triple, String name) {
        return handlers(triple).function(name).orElseThrow(() -> new AssertionError(name + " not decoded for " + triple));
    }

    private static List<DecodedInstruction> calls(DecodedFunction f) {
        return f.instructions().stream().filter(i -> i.text().startsWith("call")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, I686_LINUX, X86_64})
    void everyFunctionIsDecodedWholeFromItsSymbolAddress(String triple) {
        DecodedObject object = handlers(triple);
        assertEquals(List.of("h_call", "h_err", "helper", "h_loop", "near", "h_local", "other"),
                object.functions().stream().map(DecodedFunction::name).toList());
        assertEquals(0, function(triple, "h_call").address(), "h_call opens .text");
        assertEquals(0, function(triple, "other").address(), "other opens .text.other");
        for (DecodedFunction f : object.functions()) {
            assertTrue(f.size() > 0, f.name());
            long next = f.address();
            for (DecodedInstruction i : f.instructions()) {
                assertEquals(next, i.address(), f.name() + ": instructions must tile the function");
                assertFalse(i.isBad(), f.name() + ": " + i);
                next += i.length();
            }
            assertEquals(f.address() + f.size(), next, f.name());
        }
        DecodedFunction err = function(triple, "h_err");
        assertTrue(err.address() > function(triple, "h_call").address() && err.address() % 16 == 0,
                "LLVM aligns each function of .text to 16: " + err.address());
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, I686_LINUX, X86_64})
    void handlersEndInIret(String triple) {
        String iret = Triples.is64Bit(triple) ? "iretq" : "iretl";
        for (String name : List.of("h_call", "h_err", "h_loop", "h_local")) {
            List<DecodedInstruction> code = function(triple, name).instructions();
            assertEquals(iret, code.get(code.size() - 1).text(), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, I686_LINUX, X86_64})
    void errorCodeHandlerDropsTheCodeBeforeIret(String triple) {
        List<DecodedInstruction> code = function(triple, "h_err").instructions();
        assertEquals(Triples.is64Bit(triple) ? "addq $16, %rsp" : "addl $4, %esp", code.get(code.size() - 2).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, I686_LINUX, X86_64})
    void callThroughARelocationNamesItsSymbol(String triple) {
        List<DecodedInstruction> calls = calls(function(triple, "h_call"));
        assertEquals(1, calls.size(), calls.toString());
        DecodedInstruction call = calls.get(0);
        assertEquals("ext", call.symbol());
        assertEquals(Triples.is64Bit(triple) ? "callq" : "calll", call.text().split(" ")[0]);
        // The displacement is the relocation's placeholder, so the target is within the call itself.
        assertTrue(call.branchTarget() > call.address() && call.branchTarget() <= call.address() + call.length(), call.toString());
        assertEquals("helper", calls(function(triple, "h_err")).get(0).symbol(), "a call to a global function of the same object");
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, I686_LINUX, X86_64})
    void callWithinTheObjectNamesTheCallee(String triple) {
        List<DecodedInstruction> calls = calls(function(triple, "h_local"));
        assertEquals(2, calls.size(), calls.toString());
        DecodedInstruction toNear = calls.get(0);
        assertEquals("near", toNear.symbol(), "resolved by the assembler, found by its target");
        assertEquals(function(triple, "near").address(), toNear.branchTarget());
        assertEquals("other", calls.get(1).symbol(), "relocated against .text.other + addend");
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, I686_LINUX, X86_64})
    void conditionalBranchTargetsAnInstructionOfItsFunction(String triple) {
        DecodedFunction loop = function(triple, "h_loop");
        List<DecodedInstruction> branches = loop.instructions().stream()
                .filter(i -> i.text().startsWith("j") && !i.text().startsWith("jmp")).toList();
        assertEquals(1, branches.size(), branches.toString());
        DecodedInstruction jcc = branches.get(0);
        assertTrue(loop.instructions().stream().anyMatch(i -> i.address() == jcc.branchTarget()), jcc.toString());
        assertTrue(jcc.branchTarget() < jcc.address(), "the loop branches back");
        assertNull(jcc.symbol(), "no function starts at a loop head");
        assertTrue(loop.instructions().stream().filter(i -> i != jcc && !i.text().startsWith("call"))
                .allMatch(i -> i.branchTarget() == null), "only direct branches have targets");
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, I686_LINUX, X86_64})
    void tripleComesFromTheElfHeaderWhenNoneIsGiven(String triple) {
        DecodedObject object = ObjectDecoder.decode(DecodeFixtures.compile(triple, DecodeFixtures.handlers(triple, false)), null);
        assertEquals(Triples.is64Bit(triple) ? X86_64 : I386, object.triple());
        assertEquals(Triples.is64Bit(triple), object.is64Bit());
        assertEquals(handlers(triple).functions(), object.functions());
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, X86_64})
    void undecodableBytesBecomeOneByteBadInstructions(String triple) {
        List<DecodedInstruction> code = decodeOdd(triple, "weird").instructions();
        DecodedInstruction first = code.get(0);
        assertTrue(first.isBad(), code.toString());
        assertEquals(DecodedInstruction.BAD, first.text());
        assertArrayEquals(new byte[] {(byte) 0xff}, first.bytes());
        DecodedInstruction last = code.get(code.size() - 1);
        assertTrue(last.isBad() && last.length() == 1, "a mov opcode cut off by the function's end: " + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, X86_64})
    void prefixesStayWithTheirInstruction(String triple) {
        String memory = Triples.is64Bit(triple) ? "(%rax)" : "(%eax)";
        List<DecodedInstruction> code = decodeOdd(triple, "locked").instructions();
        assertEquals(List.of("lock incl " + memory, "xrelease lock incl " + memory, "iretl"),
                code.stream().map(DecodedInstruction::text).toList());
        assertEquals(List.of(3, 4, 1), code.stream().map(DecodedInstruction::length).toList());
    }

    @Test
    void theTripleAloneDecidesTheMode() {
        byte[] object = DecodeFixtures.compile(X86_64, DecodeFixtures.handlers(X86_64, false));
        DecodedObject as32 = ObjectDecoder.decode(object, I386);
        assertFalse(as32.is64Bit());
        List<DecodedInstruction> code = as32.function("h_call").orElseThrow().instructions();
        // 48 cf is iretq in long mode, and dec %eax then iretl in protected mode.
        assertEquals(List.of("decl %eax", "iretl"), code.subList(code.size() - 2, code.size()).stream().map(DecodedInstruction::text).toList());
        assertNotEquals(handlers(X86_64).function("h_call").orElseThrow().instructions().size(), code.size());
    }

    private static DecodedFunction decodeOdd(String triple, String name) {
        return ObjectDecoder.decode(DecodeFixtures.compile(triple, DecodeFixtures.oddAssembly(triple)), triple)
                .function(name).orElseThrow();
    }
}
