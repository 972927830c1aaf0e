package org.iretlab.report;

import org.iretlab.verdict.Finding;
import org.iretlab.cell.Verdict;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;

/**
 * The run as JUnit XML for CI dashboards: a suite per backend, a test per cell, unique by classname
 * (the case) and name (target and backend) across the whole file. A cell that
 * differs from its expectation fails; one where LLVM did not finish is an error; a cell with no
 * expectation for its LLVM version is skipped, since nothing says what it should do.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static String render(Run run) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            newline(w, 0);
            List<Cell> cells = run.cells();
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "iretlab matrix");
            counts(w, cells);
            for (String backend : run.backends()) {
                List<Cell> suite = cells.stream().filter(c -> c.backend().equals(backend)).toList();
                newline(w, 1);
                w.writeStartElement("testsuite");
                w.writeAttribute("name", clean(backend));
                counts(w, suite);
                newline(w, 2);
                w.writeStartElement("properties");
                newline(w, 3);
                w.writeEmptyElement("property");
                w.writeAttribute("name", "llvm-version");
                w.writeAttribute("value", clean(BackendSummary.version(run, backend)));
                newline(w, 2);
                w.writeEndElement();
                for (Cell c : suite) {
                    newline(w, 2);
                    testcase(w, c);
                }
                newline(w, 1);
                w.writeEndElement();
            }
            newline(w, 0);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the run as JUnit XML: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    private static void testcase(XMLStreamWriter w, Cell c) throws XMLStreamException {
        w.writeStartElement("testcase");
        w.writeAttribute("classname", clean(c.caseFile()));
        w.writeAttribute("name", clean(name(c)));
        if (c.timings() != null) {
            double ms = c.timings().codegenMs() + c.timings().analysisMs() + c.timings().writeMs();
            w.writeAttribute("time", String.format(Locale.ROOT, "%.3f", ms / 1000));
        }
        switch (status(c)) {
            case ERROR -> {
                w.writeStartElement("error");
                w.writeAttribute("type", clean(c.outcome().label));
                w.writeAttribute("message", clean(CellText.expectedVsFound(c)));
                w.writeCharacters(clean(evidence(c)));
                w.writeEndElement();
            }
            case FAILURE -> {
                w.writeStartElement("failure");
                w.writeAttribute("type", Verdict.DIFFERS.label);
                w.writeAttribute("message", clean(CellText.expectedVsFound(c)));
                w.writeCharacters(clean(evidence(c)));
                w.writeEndElement();
            }
            case SKIPPED -> {
                w.writeEmptyElement("skipped");
                w.writeAttribute("message", "no expectation for this LLVM version");
            }
            case PASSED -> {
            }
        }
        if (!c.passLog().isEmpty() || !c.warnings().isEmpty()) {
            w.writeStartElement("system-out");
            StringBuilder out = new StringBuilder();
            c.passLog().forEach(l -> out.append(l).append('\n'));
            c.warnings().forEach(l -> out.append("warning: ").append(l).append('\n'));
            w.writeCharacters(clean(out.toString()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /**
     * The test's name: target, fix passes and backend. CI tools (GitLab, dorny/test-reporter) key a
     * test by classname and name across all suites, so a name without the backend would merge the
     * same case's cells of every LLVM into one test.
     */
    static String name(Cell c) {
        return CellText.rowLabel(c.target(), c.fixed()) + " on " + c.backend();
    }

    enum Status { PASSED, FAILURE, ERROR, SKIPPED }

    static Status status(Cell c) {
        if (CellText.differs(c)) {
            return CellText.DID_NOT_FINISH.contains(c.outcome()) ? Status.ERROR : Status.FAILURE;
        }
        return c.verdict() == Verdict.NO_EXPECTATION ? Status.SKIPPED : Status.PASSED;
    }

    private static void counts(XMLStreamWriter w, List<Cell> cells) throws XMLStreamException {
        w.writeAttribute("tests", String.valueOf(cells.size()));
        w.writeAttribute("failures", String.valueOf(cells.stream().filter(c -> status(c) == Status.FAILURE).count()));
        w.writeAttribute("errors", String.valueOf(cells.stream().filter(c -> status(c) == Status.ERROR).count()));
        w.writeAttribute("skipped", String.valueOf(cells.stream().filter(c -> status(c) == Status.SKIPPED).count()));
    }

    /** What a CI page shows under the failure: the message and each finding. */
    private static String evidence(Cell c) {
        StringBuilder b = new StringBuilder(CellText.expectedVsFound(c)).append('\n');
        if (c.message() != null && !c.message().isEmpty()) {
            b.append(c.message()).append('\n');
        }
        for (Finding f : c.findings()) {
            b.append(f.describe()).append('\n');
        }
        return b.toString();
    }

    private static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * XML 1.0 cannot carry most control characters even escaped, and the stream writer passes them
     * through; LLVM messages can hold them, so they become U+FFFD rather than an unreadable file.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)
                    || Character.isSurrogate(ch) && validSurrogate(s, i);
            b.append(ok ? ch : '\uFFFD');
        }
        return b.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char ch = s.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
