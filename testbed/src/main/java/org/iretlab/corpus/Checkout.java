package org.iretlab.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the corpus's default folders ({@code ir-tests/cases}, {@code ir-tests/golden}) from any
 * working directory: the launcher passes where its checkout is as the system property
 * {@value #HOME_PROPERTY}, and a default that does not exist in the working directory is taken from
 * there. Only the defaults move: a folder the user names is relative to the working directory, as
 * every other path on the command line.
 */
public final class Checkout {
    /** Set by the {@code iretlab} launcher to the folder it lives in. */
    public static final String HOME_PROPERTY = "iretlab.home";
    public static final String DEFAULT_CASES = "ir-tests/cases";
    public static final String DEFAULT_GOLDEN = "ir-tests/golden";

    private Checkout() {}

    /** The folder to use for {@code folder} as given (the launcher's checkout, when known). */
    public static Path resolve(Path folder) {
        String home = System.getProperty(HOME_PROPERTY);
        return resolve(folder, home == null || home.isBlank() ? null : Path.of(home));
    }

    /**
     * {@code folder} itself unless it is one of the relative defaults, missing here and present in
     * {@code home}: then the one in {@code home}.
     */
    static Path resolve(Path folder, Path home) {
        boolean isDefault = folder.equals(Path.of(DEFAULT_CASES)) || folder.equals(Path.of(DEFAULT_GOLDEN));
        if (!isDefault || home == null || Files.exists(folder)) {
            return folder;
        }
        Path inCheckout = home.resolve(folder);
        return Files.exists(inCheckout) ? inCheckout : folder;
    }
}
