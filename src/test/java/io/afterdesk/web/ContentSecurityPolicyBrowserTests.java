package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The pages work under the Content-Security-Policy: the login page, the ticket form with its
 * chatter (htmx), a dialog opened by htmx and Bootstrap, a filter that applies on change and
 * Swagger UI — and the browser reports no violation of the policy on any of them.
 */
class ContentSecurityPolicyBrowserTests extends BrowserTest {

  /** Runs in every new document before its own scripts: records each CSP violation. */
  private static final String RECORDER =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' '"
          + "    + (e.sample || ''));"
          + "});";

  @Autowired ApplicationContext context;

  @BeforeEach
  void recordViolations() {
    ((ChromeDriver) browser)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
  }

  @Test
  void theLoginPageTheTicketFormAndADialogRunWithoutViolations() {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary agent = fixtures.user("csp-agent", Role.AGENT);
    TeamView team = fixtures.team("CSP team", agent);

    open("/login");
    waitFor(By.id("sign-in"));
    assertThat(violations()).as("login page").isEmpty();

    logInAsStaff(agent.login(), HelpdeskFixtures.PASSWORD);
    open("/helpdesk/tickets");
    click(By.id("new-ticket"));
    waitFor(By.id("subject")).sendKeys("Policy check " + fixtures.suffix);
    new Select(browser.findElement(By.id("teamId"))).selectByVisibleText(team.name());
    click(By.id("save-ticket"));
    waitFor(By.id("ticket-reference"));
    waitForClickable(By.id("chatter-body"));
    assertThat(violations()).as("ticket form with its chatter").isEmpty();

    click(By.id("chatter-compose"));
    waitFor(By.id("composer-form"));
    assertThat(violations()).as("composer dialog").isEmpty();
  }

  @Test
  void aFilterAppliesOnChangeWithoutAnInlineHandler() {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary agent = fixtures.user("csp-filter", Role.AGENT);
    logInAsStaff(agent.login(), HelpdeskFixtures.PASSWORD);
    open("/customers");
    new Select(waitFor(By.id("customer-kind"))).selectByValue("companies");
    waiting().until(ExpectedConditions.urlContains("kind=companies"));
    assertThat(violations()).isEmpty();
  }

  @Test
  void swaggerUiStillShowsTheApi() {
    open("/swagger-ui.html");
    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));
    assertThat(violations()).as("Swagger UI").isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<String> violations() {
    Object found =
        ((JavascriptExecutor) browser).executeScript("return window.__cspViolations || [];");
    return (List<String>) found;
  }
}
