package io.afterdesk.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application (see {@link IntegrationTest}) driven by the
 * system's headless Chromium through Selenium, one browser per test class. Without {@code
 * /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests are skipped, unless the system
 * property {@code afterdesk.browser.required=true} (set by CI) makes that a failure.
 *
 * <pre>
 * class TicketBrowserTests extends BrowserTest {
 *   &#64;Test void agentWorksATicket() {
 *     logInAsStaff("agent", "agent");
 *     open("/helpdesk/tickets");
 *     waitFor(By.id("new-ticket")).click();
 *     screenshot("ticket-form");
 *   }
 * }
 * </pre>
 */
public abstract class BrowserTest extends IntegrationTest {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final String REQUIRED_PROPERTY = "afterdesk.browser.required";
  // Generous: a wait ends as soon as its condition holds, and CI runs on a loaded 2-core machine.
  private static final Duration WAIT = Duration.ofSeconds(30);

  protected static WebDriver browser;
  private static ChromeDriverService driverService;
  private static Path profile;

  @LocalServerPort protected int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    List<Path> missing =
        Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
    if (!missing.isEmpty()) {
      String message =
          "Browser tests need Chromium and its driver, missing: "
              + missing
              + " (install them with: apt-get install -y chromium chromium-driver)";
      if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
        fail(message + "; " + REQUIRED_PROPERTY + "=true, so this is a failure, not a skip");
      }
      Assumptions.abort(message);
    }
    profile = Files.createTempDirectory("afterdesk-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    // Pages answer in English unless a test switches the language.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    driverService =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(driverService, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    try {
      if (browser != null) {
        browser.quit();
      }
      if (driverService != null) {
        driverService.stop();
      }
    } finally {
      browser = null;
      driverService = null;
      deleteProfile();
    }
  }

  /** Each test starts signed out. */
  @BeforeEach
  void signedOut() {
    String current = browser.getCurrentUrl();
    if (current != null && current.startsWith("http")) {
      browser.manage().deleteAllCookies();
    }
  }

  /** The absolute URL of a path of the application under test. */
  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Opens a path of the application, e.g. {@code /helpdesk/tickets}. */
  protected void open(String path) {
    browser.get(url(path));
  }

  /** The path (and query) of the page the browser shows now. */
  protected String currentPath() {
    String current = browser.getCurrentUrl();
    String base = url("");
    return current != null && current.startsWith(base) ? current.substring(base.length()) : "";
  }

  /** Signs in at the staff login page and waits until the browser has left it. */
  protected void logInAsStaff(String login, String password) {
    open("/login");
    submitLogin(login, password);
  }

  /** Signs in at the customer portal's login page and waits until the browser has left it. */
  protected void logInAsCustomer(String email, String password) {
    open("/my/login");
    submitLogin(email, password);
  }

  /** Signs a staff user out through the user menu; ends on {@code /login?logout}. */
  protected void logOutStaff() {
    waitForClickable(By.id("user-menu")).click();
    waitForClickable(By.id("logout")).click();
    waitForPath("/login?logout");
  }

  /**
   * Signs a customer out through the portal's sign-out button; ends on {@code /my/login?logout}.
   */
  protected void logOutCustomer() {
    waitForClickable(By.id("logout")).click();
    waitForPath("/my/login?logout");
  }

  /** Waits until an element is on the page and visible. */
  protected WebElement waitFor(By locator) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until an element can be clicked. */
  protected WebElement waitForClickable(By locator) {
    return waiting().until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Waits until an element shows this text (or a text containing it). */
  protected void waitForText(By locator, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** Waits until the page (anywhere in its body) shows this text. */
  protected void waitForText(String text) {
    waitForText(By.tagName("body"), text);
  }

  /** Waits until the browser shows this path (and query). */
  protected void waitForPath(String path) {
    waiting().until(driver -> currentPath().equals(path));
  }

  /** Whether an element is on the page now (no waiting). */
  protected boolean isPresent(By locator) {
    return !browser.findElements(locator).isEmpty();
  }

  /** A wait that looks again when htmx or a page load replaced the element it was reading. */
  protected WebDriverWait waiting() {
    return waiting(WAIT);
  }

  /** The same, for conditions that take longer than a page swap (a scheduled job, say). */
  protected WebDriverWait waiting(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(browser, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Clicks like a user: scrolls the element into the middle of the window (at once: Bootstrap
   * scrolls smoothly) and clicks as soon as it can be clicked, looking again while htmx swaps or a
   * dialog animation still covers it.
   */
  protected void click(By locator) {
    waiting()
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            driver -> {
              WebElement element = driver.findElement(locator);
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                      element);
              element.click();
              return true;
            });
  }

  /** Saves what the browser shows to {@code target/screenshots/<name>.png} and returns the file. */
  protected Path screenshot(String name) {
    try {
      Path directory = Files.createDirectories(Path.of("target", "screenshots"));
      Path target = directory.resolve(name + ".png");
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void submitLogin(String username, String password) {
    String loginPage = currentPath();
    WebElement user = waitFor(By.id("username"));
    user.clear();
    user.sendKeys(username);
    WebElement secret = browser.findElement(By.id("password"));
    secret.clear();
    secret.sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
    waiting().until(driver -> !currentPath().equals(loginPage));
  }

  private static void deleteProfile() {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    } finally {
      profile = null;
    }
  }
}
