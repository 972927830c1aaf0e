package org.iretlab.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drops whatever llc puts into sections the handler never executes or reads. Debug info is the
 * big one: its .byte/.long contents and .Ltmp references change with every LLVM release.
 */
final class MetadataSections {
    private static final Set<String> SHORTHAND_SECTIONS = Set.of(".text", ".data", ".bss");
    private static final List<String> METADATA_PREFIXES = List.of(".debug", ".note", ".comment", ".llvm_addrsig");

    private MetadataSections() {
    }

    static List<String> drop(List<String> lines) {
        List<String> kept = new ArrayList<>();
        boolean inMetadata = false;
        for (String line : lines) {
            Optional<String> section = switchedTo(line);
            if (section.isPresent()) {
                inMetadata = METADATA_PREFIXES.stream().anyMatch(section.get()::startsWith);
            }
            if (!inMetadata) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The section a line switches to, if it is a section directive. */
    private static Optional<String> switchedTo(String line) {
        int comment = AsmLine.commentStart(line);
        String code = (comment < 0 ? line : line.substring(0, comment)).strip();
        String[] directiveAndRest = code.split("\\s+", 2);
        if (SHORTHAND_SECTIONS.contains(directiveAndRest[0])) {
            return Optional.of(directiveAndRest[0]);
        }
        if (!directiveAndRest[0].equals(".section") || directiveAndRest.length < 2) {
            return Optional.empty();
        }
        String operands = directiveAndRest[1];
        if (operands.startsWith("\"")) {
            int close = operands.indexOf('"', 1);
            return Optional.of(operands.substring(1, close < 0 ? operands.length() : close));
        }
        return Optional.of(operands.split("[,\\s]", 2)[0]);
    }
}
