package org.iretlab.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.iretlab.architecture.a.RingA;
import org.iretlab.architecture.b.RingB;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the data flow of docs/architecture.md: no two stages import each other, in
 * however long a ring (the analyser and the backends once did, through the passes' trial compile).
 */
class DataFlowTest {
    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.iretlab");

    @Test
    void noStageReachesBack() {
        EvaluationResult r = slices().matching("org.iretlab.(*)..").should().beFreeOfCycles().evaluate(MAIN);
        assertFalse(r.hasViolation(), () -> String.join("\n", r.getFailureReport().getDetails()));
    }

    /** The control: a ring made of this test's own two packages is caught. */
    @Test
    void aRingIsCaught() {
        JavaClasses ring = new ClassFileImporter().importClasses(RingA.class, RingB.class);
        EvaluationResult r = slices().matching("org.iretlab.architecture.(*)").should().beFreeOfCycles().evaluate(ring);
        assertTrue(r.hasViolation());
    }
}
