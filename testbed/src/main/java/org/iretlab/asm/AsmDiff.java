package org.iretlab.asm;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** Line diffs of assembly text. Compares the text as given: normalise both sides first to ignore noise. */
public final class AsmDiff {
    private AsmDiff() {
    }

    /**
     * A unified diff from left to right with {@code contextLines} of context around each change, or ""
     * when the texts have the same lines.
     */
    public static String unified(String leftName, String leftText, String rightName, String rightText,
            int contextLines) {
        if (contextLines < 0) {
            throw new IllegalArgumentException("contextLines must not be negative: " + contextLines);
        }
        List<String> left = leftText.lines().toList();
        Patch<String> patch = DiffUtils.diff(left, rightText.lines().toList());
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(leftName, rightName, left, patch, contextLines);
        return String.join("\n", diff) + "\n";
    }

    /** Whether the texts have the same lines, i.e. {@link #unified} would be empty. */
    public static boolean same(String leftText, String rightText) {
        return leftText.lines().toList().equals(rightText.lines().toList());
    }
}
