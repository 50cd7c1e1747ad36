package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent works a ticket end to end in a real browser: signs in, opens the ticket list, creates a
 * ticket, sends a message and logs a note in the chatter, moves the ticket to another stage and
 * signs out.
 */
class TicketBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void anAgentCreatesATicketTalksToTheCustomerAndMovesItOn() {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary agent = fixtures.user("browser-agent", Role.AGENT);
    TeamView team = fixtures.team("Browser team", agent);
    String subject = "Screen flickers " + fixtures.suffix;

    logInAsStaff(agent.login(), HelpdeskFixtures.PASSWORD);
    open("/helpdesk/tickets");
    waitFor(By.id("ticket-list"));

    click(By.id("new-ticket"));
    waitFor(By.id("subject")).sendKeys(subject);
    new Select(browser.findElement(By.id("teamId"))).selectByVisibleText(team.name());
    click(By.id("save-ticket"));

    String reference = waitFor(By.id("ticket-reference")).getText();
    assertThat(reference).matches("#\\d{5}");
    assertThat(browser.findElement(By.id("ticket-subject")).getText()).isEqualTo(subject);
    long stageNew = team.stages().get(0).id();
    assertThat(browser.findElement(By.id("stage-" + stageNew)).getAttribute("class"))
        .contains("active");

    postInChatter("The replacement screen ships tomorrow.", "chatter-send");
    waitForText(
        By.cssSelector(".chatter .message:not(.note)"), "The replacement screen ships tomorrow.");
    postInChatter("Customer called twice, be quick.", "chatter-note");
    waitForText(By.cssSelector(".chatter .message.note"), "Customer called twice, be quick.");

    long stageInProgress = team.stages().get(1).id();
    click(By.id("stage-" + stageInProgress));
    waiting()
        .until(
            ExpectedConditions.attributeContains(
                By.id("stage-" + stageInProgress), "class", "active"));
    waitForText(By.cssSelector(".chatter .message.tracking"), team.stages().get(1).name());
    screenshot("ticket-worked");

    open("/helpdesk/tickets?q=" + fixtures.suffix);
    List<WebElement> rows = waitFor(By.id("ticket-list")).findElements(By.cssSelector("tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains(reference, subject, team.stages().get(1).name());

    logOutStaff();
    assertThat(currentPath()).isEqualTo("/login?logout");
  }

  private void postInChatter(String text, String button) {
    WebElement body = waitForClickable(By.id("chatter-body"));
    body.clear();
    body.sendKeys(text);
    click(By.id(button));
  }
}
