package org.iretlab.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AsmRuleTest {
    @Test
    void nameMustBeKebabCase() {
        assertThrows(IllegalArgumentException.class,
                () -> new AsmRule("dropDirectives", "Drop directives.", UnaryOperator.identity()));
        assertThrows(IllegalArgumentException.class,
                () -> new AsmRule("drop directives", "Drop directives.", UnaryOperator.identity()));
        assertEquals("drop-directives",
                new AsmRule("drop-directives", "Drop directives.", UnaryOperator.identity()).name());
    }

    @Test
    void descriptionMustBeOneLine() {
        assertThrows(IllegalArgumentException.class,
                () -> new AsmRule("drop-directives", "Drop\ndirectives.", UnaryOperator.identity()));
        assertThrows(IllegalArgumentException.class,
                () -> new AsmRule("drop-directives", " ", UnaryOperator.identity()));
    }

    @Test
    void applyReturnsAnUnmodifiableCopy() {
        AsmRule rule = new AsmRule("keep-all", "Keep every line.", UnaryOperator.identity());

        List<String> out = rule.apply(new ArrayList<>(List.of("iretl")));

        assertThrows(UnsupportedOperationException.class, () -> out.add("cld"));
    }
}
