package org.iretlab.report;

import static org.iretlab.report.RunFixture.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iretlab.Required;
import org.iretlab.matrix.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report in a real browser (Debian's headless Chromium through its WebDriver): the filter's
 * script runs and hides what it should, and the flagged instruction is drawn highlighted. jsoup
 * (HtmlReportTest) sees the markup; only a browser runs the script.
 */
class HtmlReportBrowserTest {
    private static final String ASM = "pushq %rax\nmovaps %xmm0, (%rsp)\npopq %rax\niretq\n";
    private static ChromeDriver browser;
    /** Held, so the level set on it stays: Selenium warns that it has no CDP bindings for this Chromium, which WebDriver does not need. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        Path chromium = Required.chromium();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        // Debian's driver: Selenium Manager would otherwise try to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(Run run, RunComparison changes) throws Exception {
        Path page = Files.writeString(dir.resolve("report.html"), HtmlReport.render(run, changes));
        browser.get(page.toUri().toString());
    }

    private static List<String> visibleRows() {
        return browser.findElements(By.cssSelector("#heatmap tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(tr -> tr.getAttribute("data-case")).toList();
    }

    private static List<String> visibleColumns() {
        return browser.findElements(By.cssSelector("#heatmap thead th.backend")).stream().filter(WebElement::isDisplayed)
                .map(th -> th.getAttribute("data-backend")).toList();
    }

    private static void typeCase(String text) {
        WebElement box = browser.findElement(By.id("filter-case"));
        box.clear();
        box.sendKeys(text);
        // clear() fires no input event; an empty text shows everything again only after one.
        browser.executeScript("arguments[0].dispatchEvent(new Event('input'))", box);
    }

    /** Picks an option the way a person does, by clicking it; null picks the first ("any", "all"). */
    private static void choose(String select, String option) {
        browser.findElement(By.xpath("//select[@id='" + select + "']/option" + (option == null ? "[1]" : "[text()='" + option + "']")))
                .click();
    }

    private Run matrix() {
        RunFixture f = new RunFixture(dir.resolve("run"));
        String a = f.asm(ASM);
        f.add(cell("01-call", "worker-16").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access").asm(a))
                .add(cell("01-call", "worker-17").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access").asm(a))
                .add(cell("02-x87", "worker-16").bug("x87-state-clobbered").expect("BUG: x87-state-clobbered").asm(a))
                .add(cell("02-x87", "worker-17"))
                .add(cell("03-ok", "worker-17"));
        return f.write();
    }

    @Test
    void theFilterHidesRowsAndColumns() throws Exception {
        open(matrix(), null);
        assertEquals(List.of("01-call", "02-x87", "03-ok"), visibleRows(), "the control: nothing is hidden before a filter");
        assertEquals(List.of("worker-16", "worker-17"), visibleColumns());

        typeCase("x87");
        assertEquals(List.of("02-x87"), visibleRows());
        assertFalse(browser.findElement(By.cssSelector("article.detail[data-case='01-call']")).isDisplayed(),
                "the cells' articles follow the filter too");
        typeCase("");
        assertEquals(List.of("01-call", "02-x87", "03-ok"), visibleRows());

        choose("filter-kind", "misaligned-stack-access");
        assertEquals(List.of("01-call"), visibleRows());
        choose("filter-kind", null);

        choose("filter-backend", "worker-16");
        assertEquals(List.of("worker-16"), visibleColumns());
        assertEquals(List.of("01-call", "02-x87"), visibleRows(), "03-ok has no worker-16 cell");
        choose("filter-backend", null);
        assertEquals(List.of("worker-16", "worker-17"), visibleColumns());
    }

    @Test
    void changedOnlyAndTheFlaggedInstruction() throws Exception {
        RunFixture before = new RunFixture(dir.resolve("before"));
        before.add(cell("01-call", "worker-16")).add(cell("01-call", "worker-17").bug("misaligned-stack-access"))
                .add(cell("02-x87", "worker-16").bug("x87-state-clobbered")).add(cell("02-x87", "worker-17"))
                .add(cell("03-ok", "worker-17"));
        Run now = matrix();
        open(now, RunComparison.compare(before.write(), now));
        WebElement changed = browser.findElement(By.id("filter-changed"));
        changed.click();
        assertEquals(List.of("01-call"), visibleRows(), "01-call on worker-16 is a new bug; nothing else changed");
        changed.click();
        assertEquals(3, visibleRows().size());

        browser.findElement(By.cssSelector("#heatmap td.cell.new a")).click();
        WebElement mark = browser.findElement(By.cssSelector("article.detail:target pre.asm.inline mark.flagged"));
        assertTrue(mark.isDisplayed());
        assertEquals("movaps %xmm0, (%rsp)", mark.getText());
        String highlight = mark.getCssValue("background-color");
        String plain = browser.findElement(By.cssSelector("article.detail:target pre.asm.inline")).getCssValue("background-color");
        assertNotEquals(plain, highlight, "the flagged line is drawn apart from the rest");
    }
}
