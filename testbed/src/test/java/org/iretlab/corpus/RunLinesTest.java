package org.iretlab.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.iretlab.target.Target;
import org.junit.jupiter.api.Test;

class RunLinesTest {
    private static CorpusCase kase(String runs) {
        return CaseParser.parse(Path.of("r.ll"), """
                ; id: 97
                ; title: t
                ; wrong: w
                ; correct: c
                ; target: x86_64-unknown-none mattr=+avx cpu=skx -O0 -code-model=kernel
                ; target: i686-unknown-linux-gnu
                ; expect: * @ llvm>=13: none
                ; source: upstream: somewhere
                %s""".formatted(runs));
    }

    @Test
    void theRunLinesAreWhatIretlabRunsWithoutReaderFlags() {
        assertEquals("llc -mtriple=x86_64-unknown-none -O0 -mcpu=skx -mattr=+avx -code-model=kernel -relocation-model=static < %s",
                RunLines.of(Target.parse("x86_64-unknown-none mattr=+avx cpu=skx -O0 -code-model=kernel")));
        CorpusCase c = kase(String.join("\n", RunLines.lines(kase("; RUN: llc\n"))) + "\n");
        assertEquals(List.of(), RunLines.problems(c));
    }

    @Test
    void aWrongMissingOrExtraRunLineIsNamedByFileAndLine() {
        String good = "; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s";
        List<String> wrong = RunLines.problems(kase("; RUN: llvm>=15: llc -mtriple=x86_64-unknown-none < %s\n" + good + "\n"));
        assertEquals(1, wrong.size(), wrong::toString);
        assertEquals("r.ll:9: '; RUN: llvm>=15: llc -mtriple=x86_64-unknown-none < %s' is not what iretlab runs for target "
                + "'x86_64-unknown-none mattr=+avx cpu=skx -O0 -code-model=kernel': write '; RUN: llc -mtriple=x86_64-unknown-none "
                + "-O0 -mcpu=skx -mattr=+avx -code-model=kernel -relocation-model=static < %s' (./iretlab reproduce --record "
                + "writes the RUN lines)", wrong.get(0));
        List<String> missing = RunLines.problems(kase(String.join("\n", RunLines.lines(kase("; RUN: llc\n")).subList(0, 1)) + "\n"));
        assertEquals(1, missing.size(), missing::toString);
        assertEquals("r.ll:9: target 'i686-unknown-linux-gnu' has no RUN line", missing.get(0).split(": write")[0]);
        List<String> extra = RunLines.problems(kase(String.join("\n", RunLines.lines(kase("; RUN: llc\n"))) + "\n" + good + "\n"));
        assertEquals(1, extra.size(), extra::toString);
        assertEquals("r.ll:11: a RUN line for no target (the case has 2)", extra.get(0).split(": remove")[0]);
    }
}
