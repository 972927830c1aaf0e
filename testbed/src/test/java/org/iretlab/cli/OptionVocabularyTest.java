package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * One option vocabulary across every command, read from picocli's model of the whole command line so
 * that a new command or option cannot drift: an option name means one thing (the same arity, value
 * type and parameter label) wherever it appears, output is {@code -o/--out}, a target is
 * {@code --triple/--cpu/--mattr/-O}, and the oracle is {@code --[no-]oracle} with its default in --help.
 */
class OptionVocabularyTest {
    /** Names that once meant what the vocabulary now spells otherwise. */
    private static final Map<String, String> RETIRED = Map.of(
            "--output", "-o/--out",
            "--target", "--triple/--cpu/--mattr/-O",
            "--no-oracle", "--[no-]oracle (a negatable --oracle)");

    @Test
    void everyCommandSpeaksTheOneVocabulary() {
        assertEquals(List.of(), problems(Main.commandLine()));
    }

    @Test
    void aTargetIsTheSameFourOptionsWhereverOneIsChosen() {
        for (String command : List.of("compile", "check", "fix", "diff", "report", "export-lit", "reduce")) {
            CommandSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec();
            for (String name : List.of("--triple", "--cpu", "--mattr", "-O")) {
                assertTrue(spec.findOption(name) != null, command + " has no " + name);
            }
        }
    }

    @Test
    void everyOracleOptionIsNegatableWithItsDefaultInHelp() {
        int seen = 0;
        for (CommandLine c : commands(Main.commandLine())) {
            OptionSpec o = c.getCommandSpec().findOption("--oracle");
            if (o != null) {
                seen++;
                assertTrue(o.negatable(), c.getCommandName());
                assertTrue(String.join(" ", o.description()).contains("default: "), c.getCommandName());
            }
        }
        assertEquals(5, seen, "reproduce, matrix, report, validate-patch and explore can run the oracle");
    }

    // Negative controls: the checker finds each kind of drift in a made-up command line.

    @Command(name = "bad", subcommands = {One.class, Two.class})
    static final class Bad {}

    @Command(name = "one")
    static final class One {
        @Option(names = "--output", paramLabel = "FILE") String output;
        @Option(names = "--timeout", paramLabel = "SECONDS") long timeout;
        @Option(names = "--oracle") boolean oracle;
    }

    @Command(name = "two")
    static final class Two {
        @Option(names = "--out", paramLabel = "DIR") String out;
        @Option(names = "--timeout", paramLabel = "S") int timeout;
    }

    @Test
    void theCheckerFindsEveryKindOfDrift() {
        List<String> problems = problems(new CommandLine(new Bad()));
        String all = String.join("\n", problems);
        assertTrue(all.contains("--output in bad one: say -o/--out"), all);
        assertTrue(all.contains("--out in bad two: output is -o/--out"), all);
        assertTrue(all.contains("--oracle in bad one: not negatable"), all);
        assertTrue(all.contains("--timeout in bad two:"), all);
        assertEquals(4, problems.size(), all);
    }

    /** What in this command line departs from the vocabulary, one line per option and command. */
    static List<String> problems(CommandLine root) {
        List<String> problems = new ArrayList<>();
        Map<String, String> meaningOf = new LinkedHashMap<>();
        Map<String, String> firstSeenIn = new LinkedHashMap<>();
        for (CommandLine c : commands(root)) {
            String command = c.getCommandSpec().qualifiedName();
            for (OptionSpec o : c.getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue;
                }
                for (String name : o.names()) {
                    if (RETIRED.containsKey(name)) {
                        problems.add(name + " in " + command + ": say " + RETIRED.get(name));
                    }
                }
                String name = o.longestName();
                if (name.equals("--out") && !List.of(o.names()).contains("-o")) {
                    problems.add("--out in " + command + ": output is -o/--out");
                }
                if (name.equals("--oracle") && !o.negatable()) {
                    problems.add("--oracle in " + command + ": not negatable (--[no-]oracle, its default stated in --help)");
                }
                String meaning = meaning(o);
                String before = meaningOf.putIfAbsent(name, meaning);
                firstSeenIn.putIfAbsent(name, command);
                if (before != null && !before.equals(meaning)) {
                    problems.add(name + " in " + command + ": " + meaning + ", but " + before + " in " + firstSeenIn.get(name));
                }
            }
        }
        return problems;
    }

    /**
     * What a user types after the option, and what it becomes. A path's label may say whether it is a
     * file or a folder (-o FILE for a report, -o DIR for a run): that is the one difference allowed.
     */
    private static String meaning(OptionSpec o) {
        String type = o.type().isPrimitive() ? boxed(o.type().getSimpleName()) : o.type().getSimpleName();
        String label = type.equals("Path") && o.paramLabel().matches("(FILE|DIR)(\\|(FILE|DIR))?") ? "PATH" : o.paramLabel();
        return o.arity().isVariable() || o.arity().max() > 0
                ? type + " " + label + " (arity " + o.arity() + ")"
                : "a switch";
    }

    private static String boxed(String primitive) {
        return switch (primitive) {
            case "int" -> "Integer";
            case "boolean" -> "Boolean";
            default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
        };
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> out = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(c -> out.addAll(commands(c)));
        return out;
    }
}
