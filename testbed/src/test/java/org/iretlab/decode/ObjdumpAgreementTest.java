package org.iretlab.decode;

import static org.iretlab.decode.DecodeFixtures.I386;
import static org.iretlab.decode.DecodeFixtures.I686_LINUX;
import static org.iretlab.decode.DecodeFixtures.X86_64;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjdumpAgreementTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {I386, I686_LINUX, X86_64})
    void everyInstructionAgreesWithObjdump(String triple) throws Exception {
        org.iretlab.Required.tool("objdump");
        byte[] object = DecodeFixtures.compile(triple, DecodeFixtures.handlers(triple, false));
        Path file = Files.write(dir.resolve("handlers.o"), object);
        int compared = ObjdumpListing.assertAgrees(ObjectDecoder.decode(object, triple), file);
        assertTrue(compared > 50, "compared only " + compared + " instructions");
    }
}
