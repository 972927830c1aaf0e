package org.iretlab.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iretlab.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default corpus folders are found in the launcher's checkout when the working directory has none. */
class CheckoutTest {
    /** Maven runs the tests in testbed/, which has no ir-tests folder: the case of a user outside the checkout. */
    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theDefaultCorpusMissingHereIsTakenFromTheCheckout() {
        assertEquals(CHECKOUT.resolve(Checkout.DEFAULT_CASES),
                Checkout.resolve(Path.of(Checkout.DEFAULT_CASES), CHECKOUT));
        assertEquals(CHECKOUT.resolve(Checkout.DEFAULT_GOLDEN),
                Checkout.resolve(Path.of(Checkout.DEFAULT_GOLDEN), CHECKOUT));
    }

    @Test
    void aFolderTheUserNamesStaysRelativeToTheWorkingDirectory(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("mine"));
        // Present in the checkout, absent here: still the user's path, so the error names what they typed.
        assertEquals(Path.of("mine"), Checkout.resolve(Path.of("mine"), home));
    }

    @Test
    void withoutALauncherOrACorpusInTheCheckoutNothingMoves(@TempDir Path home) {
        assertEquals(Path.of(Checkout.DEFAULT_CASES), Checkout.resolve(Path.of(Checkout.DEFAULT_CASES), null));
        // The checkout has no corpus: the path stays as given, so the error names the default.
        assertEquals(Path.of(Checkout.DEFAULT_CASES), Checkout.resolve(Path.of(Checkout.DEFAULT_CASES), home));
    }

    @Test
    void caseIdsResolveThroughTheProperty() {
        String before = System.getProperty(Checkout.HOME_PROPERTY);
        try {
            System.clearProperty(Checkout.HOME_PROPERTY);
            InputException without = assertThrows(InputException.class, () -> Corpus.find(Path.of(Checkout.DEFAULT_CASES), "27"));
            assertTrue(without.getMessage().contains("no corpus at ir-tests/cases"), without.getMessage());
            System.setProperty(Checkout.HOME_PROPERTY, CHECKOUT.toString());
            assertEquals("27", Corpus.find(Path.of(Checkout.DEFAULT_CASES), "27").orElseThrow().id());
        } finally {
            if (before == null) {
                System.clearProperty(Checkout.HOME_PROPERTY);
            } else {
                System.setProperty(Checkout.HOME_PROPERTY, before);
            }
        }
    }
}
