package org.iretlab.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembler-local (.L) symbols: never in the object's symbol table, so only their uses give them
 * meaning, while their numbers depend on how many functions and blocks LLVM emitted before them.
 */
final class LocalLabels {
    // '$' may not precede: in AT&T syntax "$.LCPI0_0" is an immediate naming the symbol.
    private static final Pattern SYMBOL = Pattern.compile("(?<![A-Za-z0-9_.])\\.L[A-Za-z0-9_.$]+");
    private static final Pattern DEFINITION = Pattern.compile("(\\.L[A-Za-z0-9_.$]+):");

    private LocalLabels() {
    }

    static List<String> dropUnreferenced(List<String> lines) {
        Set<String> referenced = new HashSet<>();
        for (String line : lines) {
            if (definedBy(line).isEmpty()) {
                SYMBOL.matcher(AsmLine.outsideStrings(line)).results().forEach(use -> referenced.add(use.group()));
            }
        }
        return lines.stream()
                .filter(line -> definedBy(line).map(referenced::contains).orElse(true))
                .toList();
    }

    static List<String> renumber(List<String> lines) {
        Map<String, String> stableNames = new HashMap<>();
        List<String> renamed = new ArrayList<>(lines.size());
        for (String line : lines) {
            renamed.add(AsmLine.mapOutsideStrings(line, code -> SYMBOL.matcher(code).replaceAll(symbol ->
                    Matcher.quoteReplacement(stableNames.computeIfAbsent(symbol.group(),
                            unseen -> ".L" + (stableNames.size() + 1))))));
        }
        return renamed;
    }

    private static Optional<String> definedBy(String line) {
        Matcher definition = DEFINITION.matcher(line.strip());
        return definition.matches() ? Optional.of(definition.group(1)) : Optional.empty();
    }
}
