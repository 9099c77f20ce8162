package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser (Debian's headless Chromium): search, highlighting, a facet,
 * the filing view. Skipped when Chromium or its driver is not installed.
 */
class BrowserSearchTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path tmp;

  @RegisterExtension
  static final ServerExtension server =
      new ServerExtension(List.of(ExportApiTest.SUBMISSION), ExportApiTest.LIMIT);

  static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs chromium and chromedriver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + tmp.resolve("chrome-profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void aPersonSearchesNarrowsByAFacetAndOpensAFiling() throws IOException {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(server.base() + "/");

    WebElement input =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=search-input]")));
    input.sendKeys("genentech", Keys.ENTER);

    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=result] mark")));
    List<WebElement> results = driver.findElements(By.cssSelector("[data-testid=result]"));
    assertFalse(results.isEmpty());
    assertTrue(
        driver
            .findElement(By.cssSelector("[data-testid=result] mark"))
            .getText()
            .equalsIgnoreCase("genentech"));
    String countBefore = driver.findElement(By.cssSelector("[data-testid=result-count]")).getText();
    assertTrue(countBefore.contains("genentech"), countBefore);
    screenshot("screenshot.png");

    // The facet value with the fewest filings narrows the results the most.
    WebElement value =
        driver.findElements(By.cssSelector("[data-testid=facet-value]")).stream()
            .min(Comparator.comparingInt(BrowserSearchTest::count))
            .orElseThrow();
    String valueText = value.getText();
    value.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=chip]")));
    wait.until(
        d ->
            !d.findElement(By.cssSelector("[data-testid=result-count]"))
                .getText()
                .equals(countBefore));
    String countAfter = driver.findElement(By.cssSelector("[data-testid=result-count]")).getText();
    assertNotEquals(countBefore, countAfter, "after choosing " + valueText);
    assertTrue(driver.getCurrentUrl().contains("="), driver.getCurrentUrl());

    // Open the first hit: the filing view shows its sections.
    WebElement link =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=result] a.result-link")));
    link.click();
    WebElement view =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=filing-view]")));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[data-testid=filing-section]")));
    assertTrue(driver.getCurrentUrl().contains("filing="), driver.getCurrentUrl());
    assertFalse(view.getText().isBlank());
    screenshot("screenshot-filing.png");

    // Back returns to the narrowed results.
    driver.navigate().back();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=result]")));
    assertEquals(
        countAfter, driver.findElement(By.cssSelector("[data-testid=result-count]")).getText());
    assertNoPageErrors();
  }

  @Test
  void markupInAFilingNeverRunsInThePage() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(server.base() + "/?q=" + TestServer.HOSTILE_WORD);
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=result] mark")));
    WebElement result = driver.findElement(By.cssSelector("[data-testid=result]"));
    assertTrue(result.getText().contains("<script>"), result.getText());
    assertTrue(result.findElements(By.tagName("script")).isEmpty());
    assertTrue(result.findElements(By.tagName("img")).isEmpty());

    result.findElement(By.cssSelector("a.result-link")).click();
    WebElement section =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=filing-section]")));
    WebElement view = driver.findElement(By.cssSelector("[data-testid=filing-view]"));
    assertTrue(view.getText().contains("<img src=x onerror=alert(1)>"), section.getText());
    assertTrue(view.findElements(By.tagName("img")).isEmpty());
    assertTrue(view.findElements(By.tagName("script")).isEmpty());
    assertNoPageErrors();
  }

  @Test
  void aSearchOffersItsDownloadsAndFeedAndHitsLinkToEdgar() throws Exception {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(server.base() + "/?q=wombatvault&page=1");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=result]")));

    // The hit and the filing view link to the filing on EDGAR.
    WebElement edgar =
        driver.findElement(By.cssSelector("[data-testid=result] [data-testid=edgar-link]"));
    assertEquals(ExportApiTest.EDGAR_URL, edgar.getAttribute("href"));

    // The downloads and the feed are this search's, whatever page it is on.
    String csvHref =
        driver.findElement(By.cssSelector("[data-testid=download-csv]")).getAttribute("href");
    String jsonHref =
        driver.findElement(By.cssSelector("[data-testid=download-json]")).getAttribute("href");
    String feedHref =
        driver.findElement(By.cssSelector("[data-testid=follow-search]")).getAttribute("href");
    assertTrue(csvHref.startsWith(server.base() + "/api/export?q=wombatvault"), csvHref);
    assertFalse(csvHref.contains("page="), csvHref);
    HttpResponse<String> csv = server.get(csvHref.substring(server.base().length()));
    assertEquals(200, csv.statusCode(), csv::body);
    assertEquals(3, csv.body().strip().split("\r\n").length, csv.body());
    HttpResponse<String> json = server.get(jsonHref.substring(server.base().length()));
    assertEquals(2, JsonViews.MAPPER.readTree(json.body()).size(), json.body());
    HttpResponse<String> feed = server.get(feedHref.substring(server.base().length()));
    assertEquals(200, feed.statusCode());
    assertTrue(feed.body().contains(ExportApiTest.EDGAR_URL), feed.body());
    assertEquals(
        feedHref,
        driver
            .findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
            .getAttribute("href"));

    driver.findElement(By.cssSelector("[data-testid=result] a.result-link")).click();
    WebElement view =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=filing-view] [data-testid=edgar-link]")));
    assertEquals(ExportApiTest.EDGAR_URL, view.getAttribute("href"));
    assertNoPageErrors();
  }

  @Test
  void aSearchWithMoreRowsThanTheServerExportsOffersNoDownloadButSaysToNarrowIt() throws Exception {
    long total =
        JsonViews.MAPPER.readTree(server.get("/api/search?form=8-K").body()).get("total").asLong();
    assertTrue(total > ExportApiTest.LIMIT, "the fixture needs more sections than the limit");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(server.base() + "/?form=8-K");
    WebElement note =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=export-note]")));
    assertEquals(
        "more than " + ExportApiTest.LIMIT + " rows: narrow the search", note.getText().strip());
    for (String format : List.of("csv", "json")) {
      WebElement d = driver.findElement(By.cssSelector("[data-testid=download-" + format + "]"));
      assertEquals("span", d.getTagName(), "a disabled download is no link");
      assertEquals("true", d.getAttribute("aria-disabled"));
      assertEquals(null, d.getAttribute("href"));
    }
    // The feed is still offered: it lists the newest, whatever the count.
    assertTrue(
        driver
            .findElement(By.cssSelector("[data-testid=follow-search]"))
            .getAttribute("href")
            .contains("feeds/search.atom?form=8-K"));

    // Narrowed under the limit, the downloads are links again and the note is gone.
    driver.get(server.base() + "/?q=wombatvault");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[data-testid=download-csv]")));
    assertTrue(driver.findElements(By.cssSelector("[data-testid=export-note]")).isEmpty());
    assertNoPageErrors();
  }

  @Test
  void aCompanysTimelineShowsItsDealsInOrderAndLeadsToSimilarFilings() throws IOException {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(server.base() + "/?q=license");
    WebElement link =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=facet-company] [data-testid=timeline-link]")));
    link.click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("[data-testid=timeline-view]")));
    List<WebElement> entries =
        wait.until(
            ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("[data-testid=timeline-entry]"), 4));
    assertTrue(driver.getCurrentUrl().contains("view=timeline"), driver.getCurrentUrl());
    List<String> dates =
        entries.stream().map(e -> e.findElement(By.cssSelector("time")).getText()).toList();
    assertEquals(List.of("Aug 1, 1997", "Feb 3, 1999", "May 8, 2000", "May 3, 2005"), dates);
    assertTrue(entries.get(1).getText().contains("SmithKline Beecham"), entries.get(1).getText());
    assertTrue(entries.get(1).getText().contains("$45 MILLION"), entries.get(1).getText());
    assertEquals(
        4, driver.findElements(By.cssSelector("[data-testid=timeline-axis] .tl-dot")).size());
    screenshot("screenshot-timeline.png");

    // The 2000 Genentech licence: its most similar filing is the 2005 renewal.
    entries.get(2).findElement(By.cssSelector("a.tl-link")).click();
    WebElement first =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=similar-filing]")));
    assertTrue(first.getText().contains("May 3, 2005"), first.getText());
    assertTrue(first.getText().contains("Genentech"), first.getText());
    screenshot("screenshot-similar.png");
    assertNoPageErrors();
  }

  @Test
  void aClickOnAYearOfTheHistogramSetsTheDateRange() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(server.base() + "/?q=license&group=filing");
    WebElement bar =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=histogram-bar][data-year='2005']")));
    String countBefore = driver.findElement(By.cssSelector("[data-testid=result-count]")).getText();
    bar.click();
    wait.until(ExpectedConditions.urlContains("from=2005-01-01"));
    assertTrue(driver.getCurrentUrl().contains("to=2005-12-31"), driver.getCurrentUrl());
    wait.until(
        d ->
            !d.findElement(By.cssSelector("[data-testid=result-count]"))
                .getText()
                .equals(countBefore));
    List<WebElement> results = driver.findElements(By.cssSelector("[data-testid=result]"));
    assertEquals(1, results.size());
    assertTrue(results.get(0).getText().contains("May 3, 2005"), results.get(0).getText());
    // The other years stay on the histogram, so that another can be chosen; 2005 shows chosen.
    WebElement chosen =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=histogram-bar][aria-pressed=true]")));
    assertEquals("2005", chosen.getAttribute("data-year"));
    assertFalse(
        driver
            .findElements(By.cssSelector("[data-testid=histogram-bar][data-year='1997']"))
            .isEmpty());
    assertNoPageErrors();
  }

  private static int count(WebElement facetValue) {
    String n = facetValue.findElement(By.cssSelector(".count")).getText().replaceAll("[^0-9]", "");
    return n.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(n);
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The page logged no errors (a CSP violation or a script error would show here). */
  private static void assertNoPageErrors() {
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertTrue(errors.isEmpty(), () -> "page errors: " + errors);
  }
}
