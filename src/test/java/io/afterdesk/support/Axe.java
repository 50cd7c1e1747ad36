package io.afterdesk.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of the browser tests: runs axe-core (the copy on the test classpath) on
 * what the browser shows now and fails on any violation of a WCAG 2.0 or 2.1 level A or AA rule,
 * telling for each its rule id, impact, the elements (CSS selectors) and the rule's help page.
 *
 * <pre>
 * open("/helpdesk/tickets");
 * Axe.assertNoViolations(browser);
 * </pre>
 */
public final class Axe {

  /** The rules checked: WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String SCRIPT_RESOURCE = "axe.min.js";
  private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);
  private static volatile String source;

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
        .then(result => done(result.violations.map(v => ({
          id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary || ''}))
        }))))
        .catch(error => done('axe failed: ' + error));
      """;

  private Axe() {}

  /** Fails with a readable list when the page (as shown now) has any violation. */
  public static void assertNoViolations(WebDriver browser) {
    List<Violation> violations = violations(browser);
    if (!violations.isEmpty()) {
      fail(
          "Accessibility violations on "
              + browser.getCurrentUrl()
              + ":\n"
              + violations.stream().map(Violation::describe).collect(Collectors.joining("\n")));
    }
  }

  /** The violations of the WCAG 2.0/2.1 A and AA rules on the page as the browser shows it now. */
  public static List<Violation> violations(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(source());
    }
    Duration before = browser.manage().timeouts().getScriptTimeout();
    browser.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
    Object result;
    try {
      result = js.executeAsyncScript(RUN, TAGS);
    } finally {
      browser.manage().timeouts().scriptTimeout(before);
    }
    if (!(result instanceof List<?> list)) {
      throw new IllegalStateException(String.valueOf(result));
    }
    return list.stream().map(item -> Violation.of((Map<?, ?>) item)).toList();
  }

  private static String source() {
    if (source == null) {
      try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(SCRIPT_RESOURCE + " is not on the test classpath");
        }
        source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }

  /** One rule violated, with the elements that violate it. */
  public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

    static Violation of(Map<?, ?> map) {
      List<Node> nodes =
          ((List<?>) map.get("nodes"))
              .stream()
                  .map(
                      node -> {
                        Map<?, ?> n = (Map<?, ?>) node;
                        return new Node(
                            String.valueOf(n.get("target")), String.valueOf(n.get("summary")));
                      })
                  .toList();
      return new Violation(
          String.valueOf(map.get("id")),
          String.valueOf(map.get("impact")),
          String.valueOf(map.get("help")),
          String.valueOf(map.get("helpUrl")),
          nodes);
    }

    /** The rule, its impact and help page, and each element with what is wrong. */
    public String describe() {
      return "- "
          + id
          + " ("
          + impact
          + "): "
          + help
          + " "
          + helpUrl
          + nodes.stream()
              .map(
                  node -> "\n    " + node.target() + "\n      " + node.summary().replace("\n", " "))
              .collect(Collectors.joining());
    }
  }

  /** An element that violates a rule: its CSS selector and what axe says is wrong. */
  public record Node(String target, String summary) {}
}
