package org.iretlab.explore;

import static org.iretlab.report.HtmlText.escape;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iretlab.verdict.Outcome;

/**
 * {@code DIR/report.html}: a self-contained page of an explore run: handlers per generator, cells
 * per outcome, then the signatures by class with links to their reproducers (and reductions).
 */
public final class ExploreReport {
    public static final String FILE = "report.html";

    private ExploreReport() {}

    public static String html(List<HandlerResult> results, List<Signature> signatures) {
        Map<String, Integer> generators = new TreeMap<>();
        Map<Outcome, Integer> outcomes = new TreeMap<>();
        for (HandlerResult h : results) {
            generators.merge(h.generator(), 1, Integer::sum);
            h.observations().forEach(o -> outcomes.merge(o.outcome(), 1, Integer::sum));
        }
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>iretlab explore</title>\n"
                + "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;"
                + "text-align:left}code{font-size:90%}</style></head><body>\n<h1>iretlab explore</h1>\n");
        b.append("<p>").append(results.size()).append(" handlers: ");
        generators.forEach((g, n) -> b.append(n).append(' ').append(escape(g)).append("; "));
        b.append("cells: ");
        outcomes.forEach((o, n) -> b.append(n).append(' ').append(escape(o.label)).append("; "));
        b.append(signatures.size()).append(" signatures.</p>\n");
        for (SignatureClass c : SignatureClass.values()) {
            List<Signature> in = signatures.stream().filter(s -> s.signatureClass() == c).toList();
            if (in.isEmpty()) {
                continue;
            }
            b.append("<h2>").append(c).append(" (").append(in.size()).append(")</h2>\n<table><tr><th>kind</th><th>side</th>"
                    + "<th>at</th><th>target</th><th>LLVM</th><th>handlers</th><th>reproducer</th><th>case / reduced</th></tr>\n");
            for (Signature s : in) {
                b.append("<tr><td>").append(escape(s.kind())).append("</td><td>").append(escape(s.side())).append("</td><td><code>")
                        .append(escape(s.at())).append("</code></td><td>").append(escape(s.arch() + " " + s.features()))
                        .append("</td><td>").append(escape(s.versions().toString())).append("</td><td>").append(s.handlers())
                        .append("</td><td>").append(link(s.reproducer())).append("</td><td>")
                        .append(s.knownCase() != null ? escape(s.knownCase()) : s.reduced() != null ? link(s.reduced())
                                : escape(s.reduceNote())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String link(String file) {
        return "<a href=\"" + escape(file) + "\">" + escape(file) + "</a>";
    }
}
