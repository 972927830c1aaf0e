package org.iretlab.report;

import org.iretlab.common.InertText;

/** Escapes text from a run (titles, targets, messages) so it cannot break Markdown tables or inject HTML. */
final class MarkdownText {
    private MarkdownText() {}

    /** See {@link InertText#markdown}: entities for HTML, backslashes for Markdown, no line break or control character. */
    static String escape(String s) {
        return InertText.markdown(s);
    }
}
