package org.iretlab.upstream;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.matrix.MatrixInputs;
import org.iretlab.matrix.MatrixRunner;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;
import org.iretlab.matrix.RunStore;

/** One case on each of its targets and the given backends, run by the matrix, as a Run the report package renders. */
final class VersionSweep {
    private VersionSweep() {}

    static Run run(Toolchains toolchains, List<String> backends, CorpusCase c, Path folder) throws InterruptedException {
        MatrixRunner runner = new MatrixRunner(toolchains, List.of(), 2, false, false, null);
        RunInfo info = new RunInfo("iretlab report", Map.of(), List.of(c.stem()), List.of(), false, "1/1", false, Map.of());
        try (RunStore store = RunStore.open(folder, info, false)) {
            runner.run(runner.tasks(List.of(MatrixInputs.Input.ofCase(c)), backends, 1, 1), store);
        }
        return Run.load(folder);
    }
}
