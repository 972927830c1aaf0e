package org.iretlab.verdict;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * One thing found wrong (or not judgeable), where: the instruction's address and assembly line, or
 * an IR location, and a one-line reason.
 */
@JsonSerialize(using = FindingJson.Writer.class)
@JsonDeserialize(using = FindingJson.Reader.class)
public record Finding(FindingKind kind, long address, String assembly, String reason) {

    /** A finding about IR (no instruction). */
    public static Finding inIr(FindingKind kind, String where, String reason) {
        return new Finding(kind, -1, where, reason);
    }

    /** Where, as every report prints it: {@code 0xADDRESS: instruction}, or the IR location. */
    public String at() {
        return address >= 0 ? String.format("0x%x: %s", address, assembly) : assembly;
    }

    public String describe() {
        return kind.id() + " at " + at() + ": " + reason;
    }
}
