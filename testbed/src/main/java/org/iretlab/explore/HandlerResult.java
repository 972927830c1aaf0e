package org.iretlab.explore;

import java.util.List;

/**
 * One line of {@code DIR/results.jsonl}: a generated handler and what every backend made of it.
 * A handler is stored whole once all its backends are done, so a resumed run skips it or redoes it,
 * never half of it.
 *
 * @param file the reproducer, relative to the run folder
 * @param arch the triple's architecture (i386, i686, x86_64) and {@code features} the -mattr: the target's shape
 */
public record HandlerResult(String name, String generator, String origin, String originCase, String target, String arch,
        int bits, String features, String file, List<Observation> observations) {

    public HandlerResult {
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    static HandlerResult of(Generated g, String file, List<Observation> observations) {
        String triple = g.target().triple();
        return new HandlerResult(g.name(), g.generator(), g.origin(), g.originCase(), g.target().spec(),
                triple.substring(0, triple.indexOf('-')), g.bits(), g.target().features(), file, observations);
    }
}
