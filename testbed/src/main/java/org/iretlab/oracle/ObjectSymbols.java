package org.iretlab.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iretlab.decode.ElfSymbols;

/**
 * The symbols of a handler's object (or executable), as GNU nm lists them: those it uses without
 * defining (each gets a stand-in), those it defines with their addresses, and every name (what a
 * kernel of several handlers renames). Weak undefined ones are in none of the lists: they resolve to
 * 0 without a stand-in. Read from the ELF bytes ({@link ElfSymbols}), not by running nm: that was a
 * process per handler (docs/benchmarks.md, "With the oracle").
 */
record ObjectSymbols(List<String> undefined, Map<String, Long> defined, List<String> names) {

    static ObjectSymbols read(Path file, byte[] elf) {
        List<String> undefined = new ArrayList<>();
        Map<String, Long> defined = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (ElfSymbols.Listed s : ElfSymbols.list(elf, file.toString())) {
            if (s.undefined() && s.weak()) {
                continue;
            }
            if (s.undefined()) {
                if (!s.name().startsWith("_GLOBAL_OFFSET_TABLE_")) {
                    undefined.add(s.name());
                }
            } else {
                defined.putIfAbsent(s.name(), s.value());
            }
            names.add(s.name());
        }
        return new ObjectSymbols(List.copyOf(undefined), Map.copyOf(defined), List.copyOf(names));
    }
}
