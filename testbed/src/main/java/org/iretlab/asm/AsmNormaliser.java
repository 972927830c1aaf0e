package org.iretlab.asm;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reduces llc's AT&T assembly to what the handler does, so output from different runs and LLVM
 * versions compares equal unless an instruction, immediate, offset or emitted datum differs.
 */
public final class AsmNormaliser {
    private final List<AsmRule> rules;

    public AsmNormaliser(List<AsmRule> rules) {
        Set<String> names = new HashSet<>();
        for (AsmRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("duplicate rule name: " + rule.name());
            }
        }
        this.rules = List.copyOf(rules);
    }

    public static AsmNormaliser standard() {
        return new AsmNormaliser(AsmRules.standard());
    }

    public List<AsmRule> rules() {
        return rules;
    }

    public List<String> normalise(String asmText) {
        List<String> lines = asmText.lines().toList();
        for (AsmRule rule : rules) {
            lines = rule.apply(lines);
        }
        return lines;
    }

    /** The normalised lines, each ending in '\n'; empty when nothing is left. */
    public String normaliseToText(String asmText) {
        return normalise(asmText).stream().map(line -> line + "\n").collect(Collectors.joining());
    }

    /** One "name  description" line per rule, in order, for documentation. */
    public String describeRules() {
        int width = rules.stream().mapToInt(rule -> rule.name().length()).max().orElse(0);
        return rules.stream()
                .map(rule -> String.format("%-" + width + "s  %s\n", rule.name(), rule.description()))
                .collect(Collectors.joining());
    }
}
