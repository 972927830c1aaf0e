package org.iretlab.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iretlab.common.InputException;

/**
 * The symbols of a handler's object (or executable), as GNU nm lists them: those it uses without
 * defining (each gets a stand-in), those it defines with their addresses, and every name (what a
 * kernel of several handlers renames). One nm run per object, with the ELF target named: without
 * one, nm first offers the file to every LTO plugin in bfd-plugins (six LLVMgold builds here), which
 * took 0.35 s a call against 6 ms.
 */
record ObjectSymbols(List<String> undefined, Map<String, Long> defined, List<String> names) {

    static ObjectSymbols read(Path file, byte[] elf) {
        String target = elf.length > 4 && elf[4] == 2 ? "elf64-x86-64" : "elf32-i386";
        var r = Kernel.run(List.of("nm", "--target=" + target, file.toString()));
        if (r.exitCode() != 0) {
            throw new InputException("nm cannot read the handler's object " + file + ": " + r.stderr().strip());
        }
        List<String> undefined = new ArrayList<>();
        Map<String, Long> defined = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (String line : r.stdout().split("\n")) {
            String[] w = line.strip().split("\\s+");
            if (w.length == 2 && w[0].equals("U")) {
                if (!w[1].startsWith("_GLOBAL_OFFSET_TABLE_")) {
                    undefined.add(w[1]);
                }
                names.add(w[1]);
            } else if (w.length == 3) {
                defined.putIfAbsent(w[2], Long.parseUnsignedLong(w[0], 16));
                names.add(w[2]);
            }
        }
        return new ObjectSymbols(List.copyOf(undefined), Map.copyOf(defined), List.copyOf(names));
    }
}
