package org.iretlab.report;

import static org.iretlab.report.RunFixture.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {
    @TempDir
    Path dir;

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void oneSuitePerBackendWithFailuresErrorsAndSkips() throws Exception {
        RunFixture f = new RunFixture(dir).passes("x86-iret-fix");
        f.add(cell("a", "worker-16").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access"))
                .add(cell("a", "worker-16").fixed("x86-iret-fix").bug("misaligned-stack-access").differsFrom("OK"))
                .add(cell("b", "worker-16").outcome("CRASH", "LLVM ERROR: boom").differsFrom("OK"))
                .add(cell("c", "worker-16").outcome("CRASH", "known crash").expect("CRASH"))
                .add(cell("a", "llc-22").noExpectation())
                .add(cell("b", "llc-22").outcome("TIMEOUT", "60 s").differsFrom("OK"));
        Element root = parse(JUnitReport.render(f.write())).getDocumentElement();

        assertEquals("testsuites", root.getTagName());
        assertEquals("6", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        assertEquals("2", root.getAttribute("errors"));
        assertEquals("1", root.getAttribute("skipped"));
        List<Element> suites = elements(root, "testsuite");
        assertEquals(List.of("worker-16", "llc-22"), suites.stream().map(s -> s.getAttribute("name")).toList());

        Element w16 = suites.get(0);
        assertEquals("4", w16.getAttribute("tests"));
        assertEquals("1", w16.getAttribute("failures"));
        assertEquals("1", w16.getAttribute("errors"));
        assertEquals("0", w16.getAttribute("skipped"));
        List<Element> cases = elements(w16, "testcase");
        assertEquals(4, cases.size());
        Element afterFix = cases.stream().filter(c -> c.getAttribute("name").contains("[after fix]")).findFirst().orElseThrow();
        assertEquals("a", afterFix.getAttribute("classname"));
        assertEquals("x86_64-unknown-none [after fix] on worker-16", afterFix.getAttribute("name"));
        Element failure = elements(afterFix, "failure").get(0);
        assertEquals("expected OK, found BUG: misaligned-stack-access", failure.getAttribute("message"));
        Element error = elements(cases.stream().filter(c -> c.getAttribute("classname").equals("b")).findFirst().orElseThrow(),
                "error").get(0);
        assertEquals("CRASH", error.getAttribute("type"));
        assertTrue(error.getTextContent().contains("LLVM ERROR: boom"));

        Element skipped = elements(suites.get(1), "skipped").get(0);
        assertEquals("no expectation for this LLVM version", skipped.getAttribute("message"));
        assertEquals("1", suites.get(1).getAttribute("errors"), "a time-out that differs is an error");
    }

    @Test
    void aRunAsExpectedHasNoFailures() throws Exception {
        RunFixture f = new RunFixture(dir);
        f.add(cell("a", "worker-16").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access"))
                .add(cell("a", "llc-22"))
                .add(cell("b", "llc-22").outcome("CRASH", "expected crash").expect("CRASH"));
        Element root = parse(JUnitReport.render(f.write())).getDocumentElement();
        assertEquals("3", root.getAttribute("tests"));
        assertEquals("0", root.getAttribute("failures"));
        assertEquals("0", root.getAttribute("errors"));
        assertEquals("0", root.getAttribute("skipped"));
        assertEquals(0, root.getElementsByTagName("failure").getLength());
        assertEquals(0, root.getElementsByTagName("error").getLength());
    }

    @Test
    void markupAndControlCharactersInInputsStayWellFormedText() throws Exception {
        String nasty = "a&b <c> \"d\" 'e' \u0001\u001b[31m";
        RunFixture f = new RunFixture(dir);
        f.add(cell("x&<y>", "worker-16").target("t\"<>&").outcome("REJECTED", nasty).differsFrom("OK"))
                .add(cell("z", "worker-16").bug("gpr-clobbered").finding("gpr-clobbered", "</failure><x>", "]]> <![CDATA[")
                        .differsFrom("OK"));
        String xml = JUnitReport.render(f.write());
        Element root = parse(xml).getDocumentElement();
        List<Element> cases = elements(root, "testcase");
        assertEquals("x&<y>", cases.get(0).getAttribute("classname"));
        assertEquals("t\"<>& on worker-16", cases.get(0).getAttribute("name"));
        assertTrue(elements(cases.get(0), "failure").get(0).getTextContent().contains("a&b <c> \"d\" 'e' \uFFFD\uFFFD[31m"));
        assertTrue(elements(cases.get(1), "failure").get(0).getTextContent().contains("gpr-clobbered at </failure><x>: ]]> <![CDATA["), xml);
        assertEquals(0, root.getElementsByTagName("x").getLength());
    }

    @Test
    void everyTestIsUniqueByClassnameAndNameAcrossBackends() throws Exception {
        RunFixture f = new RunFixture(dir).passes("x86-iret-fix");
        for (String backend : List.of("worker-16", "worker-17", "embedded-20", "llc-22")) {
            f.add(cell("a", backend)).add(cell("a", backend).fixed("x86-iret-fix")).add(cell("b", backend).target("i686-unknown-none"));
        }
        List<Element> cases = elements(parse(JUnitReport.render(f.write())).getDocumentElement(), "testcase");
        assertEquals(12, cases.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        cases.forEach(c -> ids.add(c.getAttribute("classname") + "#" + c.getAttribute("name")));
        assertEquals(12, ids.size(), "GitLab and test-reporter merge tests with the same classname and name: " + ids);
        // The control: the name a test had before it carried its backend collides across the four suites.
        java.util.Set<String> withoutBackend = new java.util.HashSet<>();
        cases.forEach(c -> withoutBackend.add(c.getAttribute("classname") + "#"
                + c.getAttribute("name").replaceFirst(" on [^ ]+$", "")));
        assertEquals(3, withoutBackend.size());
    }
}
