package org.iretlab.corpus;

import org.iretlab.common.InputException;

/** A malformed case header, reported as file:line. */
public final class CaseFormatException extends InputException {
    public CaseFormatException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
