package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The longest subject a ticket may have, written without a space, keeps the ticket list, the
 * ticket's header and its chatter as wide as the window: the list cell ends with an ellipsis and
 * shows the whole subject as its tooltip, the header and the chatter wrap.
 */
class LongValuesBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void aLongSubjectNeitherWidensTheListNorTheTicket() {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary agent = fixtures.user("long-agent", Role.AGENT);
    TeamView team = fixtures.team("Long", agent);
    String subject = (fixtures.suffix + "W".repeat(200)).substring(0, 200);
    ApiClient api = ApiClient.at(port).as(agent.login(), HelpdeskFixtures.PASSWORD);
    long id =
        api.post("/api/v1/tickets", Map.of("subject", subject, "teamId", team.id()))
            .json()
            .get("id")
            .asLong();
    assertThat(
            api.post(
                    "/api/v1/tickets/" + id + "/messages",
                    Map.of("body", "M".repeat(5000), "internal", false))
                .status())
        .isEqualTo(201);

    logInAsStaff(agent.login(), HelpdeskFixtures.PASSWORD);
    open("/helpdesk/tickets?q=" + fixtures.suffix);
    waitFor(By.id("ticket-list"));
    WebElement cell = waitFor(By.cssSelector("#ticket-list .cell-clip[title='" + subject + "']"));
    assertThat(cell.getAttribute("title")).isEqualTo(subject);
    assertThat(pageOverflow()).as("ticket list wider than the window").isLessThanOrEqualTo(0);

    open("/helpdesk/tickets/" + id);
    waitFor(By.id("ticket-subject"));
    waitForText("MMMMMMMM");
    assertThat(pageOverflow()).as("ticket form wider than the window").isLessThanOrEqualTo(0);
  }

  private long pageOverflow() {
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
    return ((Number) overflow).longValue();
  }
}
