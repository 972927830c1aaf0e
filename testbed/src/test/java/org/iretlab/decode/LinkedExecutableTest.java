package org.iretlab.decode;

import static org.iretlab.decode.DecodeFixtures.I386;
import static org.iretlab.decode.DecodeFixtures.X86_64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iretlab.target.Triples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Executables linked by GNU ld: no relocations left, so calls are named by the function at their target. */
class LinkedExecutableTest {
    @TempDir
    Path dir;

    private Path link(String triple, String... options) throws Exception {
        org.iretlab.Required.tool("ld");
        Path object = Files.write(dir.resolve("h.o"), DecodeFixtures.compile(triple, DecodeFixtures.handlers(triple, true)));
        Path executable = dir.resolve("h");
        List<String> command = new ArrayList<>(List.of("ld", "-m", Triples.is64Bit(triple) ? "elf_x86_64" : "elf_i386", "-e", "h_call"));
        command.addAll(List.of(options));
        command.addAll(List.of("-o", executable.toString(), object.toString()));
        DecodeFixtures.run(command.toArray(String[]::new));
        return executable;
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, X86_64})
    void callsAreNamedByTheFunctionAtTheirTarget(String triple) throws Exception {
        DecodedObject linked = ObjectDecoder.decode(Files.readAllBytes(link(triple)), null, "h");
        assertEquals(Triples.is64Bit(triple), linked.is64Bit());
        assertCallsResolved(linked);
        String iret = Triples.is64Bit(triple) ? "iretq" : "iretl";
        List<DecodedInstruction> code = linked.function("h_err").orElseThrow().instructions();
        assertEquals(iret, code.get(code.size() - 1).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {I386, X86_64})
    void linkedCodeAgreesWithObjdump(String triple) throws Exception {
        org.iretlab.Required.tool("objdump");
        Path executable = link(triple);
        int compared = ObjdumpListing.assertAgrees(ObjectDecoder.decode(Files.readAllBytes(executable), null), executable);
        assertTrue(compared > 50, "compared only " + compared);
    }

    @Test
    void higherHalfAddressesStayUnsigned() throws Exception {
        DecodedObject linked = ObjectDecoder.decode(Files.readAllBytes(link(X86_64, "-Ttext=0xffffffff80100000")), null);
        long ext = linked.function("ext").orElseThrow().address();
        assertEquals(0xffffffff80100000L, ext);
        assertCallsResolved(linked);
    }

    @Test
    void relocationsKeptByTheLinkerNameTheirSymbols() throws Exception {
        DecodedObject linked = ObjectDecoder.decode(Files.readAllBytes(link(X86_64, "--emit-relocs")), null);
        assertCallsResolved(linked);
        DecodedInstruction load = linked.function("h_loop").orElseThrow().instructions().stream()
                .filter(i -> i.text().startsWith("movq $")).findFirst().orElseThrow();
        assertEquals("g", load.symbol(), "ld relaxed the GOT load but kept its relocation: " + load);
    }

    private static void assertCallsResolved(DecodedObject linked) {
        long ext = linked.function("ext").orElseThrow().address();
        DecodedInstruction call = call(linked, "h_call", 0);
        assertEquals("ext", call.symbol());
        assertEquals(ext, call.branchTarget());
        assertEquals("helper", call(linked, "h_err", 0).symbol());
        assertEquals("near", call(linked, "h_local", 0).symbol());
        assertEquals("other", call(linked, "h_local", 1).symbol());
        assertEquals(linked.function("other").orElseThrow().address(), call(linked, "h_local", 1).branchTarget());
    }

    private static DecodedInstruction call(DecodedObject linked, String function, int n) {
        return linked.function(function).orElseThrow().instructions().stream()
                .filter(i -> i.text().startsWith("call")).skip(n).findFirst().orElseThrow();
    }
}
