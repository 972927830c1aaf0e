package org.iretlab.asm;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One step of assembly normalisation. The name is kebab-case and stable because reports and
 * documentation refer to rules by it.
 */
public record AsmRule(String name, String description, UnaryOperator<List<String>> transform) {
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public AsmRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(transform, "transform");
        if (!KEBAB_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name is not kebab-case: " + name);
        }
        if (description.isBlank() || description.lines().count() != 1) {
            throw new IllegalArgumentException("rule description must be one non-blank line: " + name);
        }
    }

    /** A rule that rewrites each line on its own. */
    static AsmRule mapping(String name, String description, UnaryOperator<String> perLine) {
        return new AsmRule(name, description, lines -> lines.stream().map(perLine).toList());
    }

    /** A rule that drops the lines matching {@code drop} and keeps the others unchanged. */
    static AsmRule dropping(String name, String description, Predicate<String> drop) {
        return new AsmRule(name, description, lines -> lines.stream().filter(drop.negate()).toList());
    }

    public List<String> apply(List<String> lines) {
        return List.copyOf(transform.apply(lines));
    }

    @Override
    public String toString() {
        return name;
    }
}
