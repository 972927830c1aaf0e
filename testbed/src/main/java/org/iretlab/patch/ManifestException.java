package org.iretlab.patch;

import org.iretlab.common.InputException;

/** A manifest mistake, reported as file:line: what is wrong and what to write instead. */
public final class ManifestException extends InputException {
    public ManifestException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
