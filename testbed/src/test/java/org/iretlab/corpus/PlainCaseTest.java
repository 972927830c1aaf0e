package org.iretlab.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iretlab.common.InputException;
import org.iretlab.target.Target;
import org.junit.jupiter.api.Test;

class PlainCaseTest {
    @Test
    void theHandlersAreTheX86IntrccDefinitionsOnly() {
        String text = """
                define x86_intrcc void @a(ptr byval(i64) %f) {
                  ret void
                }
                define internal x86_intrcc void @"b c"(ptr byval(i64) %f, i64 %e) #0 {
                  ret void
                }
                define void @not_one() {
                  ret void
                }
                declare x86_intrcc void @declared(ptr byval(i64))
                """;
        assertEquals(List.of("a", "b c"), PlainCase.handlers(text));
    }

    @Test
    void theTargetIsTheFilesTripleUnlessOneIsGiven() {
        String text = "target triple = \"i686-unknown-linux-gnu\"\n";
        assertEquals(Target.of("i686-unknown-linux-gnu"), PlainCase.of(Path.of("h.ll"), text, null, Set.of()).targets().get(0));
        // Options without a triple keep the file's triple.
        Target avx = new Target(null, "", "+avx", 0, null, null);
        assertEquals(new Target("i686-unknown-linux-gnu", "", "+avx", 0, null, null),
                PlainCase.of(Path.of("h.ll"), text, avx, Set.of()).targets().get(0));
        InputException e = assertThrows(InputException.class, () -> PlainCase.of(Path.of("h.ll"), "", null, Set.of()));
        assertTrue(e.getMessage().startsWith("h.ll:1: no 'target triple"), e.getMessage());
        assertTrue(PlainCase.isPlain(PlainCase.of(Path.of("h.ll"), text, null, Set.of())));
    }
}
