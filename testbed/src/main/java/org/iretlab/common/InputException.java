package org.iretlab.common;

/**
 * Input that iretlab cannot use: malformed or unverifiable IR, a refused prototype, a bad option.
 * The message says what is wrong, where (file:line:col when known) and what to do; the CLI prints
 * it and exits with 2.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
