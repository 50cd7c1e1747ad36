package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.mail.ThreadAccess;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.support.BrowserTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chatter in a real browser with htmx: a bare staff page (defined here) hosts the panel of a
 * fake {@code test.browser} document, as a ticket form hosts the panel of a ticket.
 */
class ChatterBrowserTests extends BrowserTest {

  static final String TYPE = "test.browser";

  @TestConfiguration
  static class HostPage {
    @Bean
    ThreadAccess testBrowserAccess() {
      return new ThreadAccess() {
        @Override
        public String documentType() {
          return TYPE;
        }

        @Override
        public boolean canRead(long documentId) {
          return true;
        }

        @Override
        public boolean canWrite(long documentId) {
          return true;
        }
      };
    }

    @Bean
    ChatterHostController chatterHostController() {
      return new ChatterHostController();
    }
  }

  /** A staff page with nothing but the chatter panel of one document. */
  @RestController
  static class ChatterHostController {
    @GetMapping(path = "/test/chatter/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable long id, CsrfToken csrf) {
      return """
          <!DOCTYPE html>
          <html lang="en"><head><meta charset="utf-8"><title>Chatter host</title>
          <link rel="stylesheet" href="/webjars/bootstrap/dist/css/bootstrap.min.css">
          <link rel="stylesheet" href="/css/afterdesk.css">
          <script src="/webjars/htmx.org/dist/htmx.min.js"></script></head>
          <body hx-headers='{"%s": "%s"}'><div class="container py-3" style="max-width: 720px">
          <div class="chatter ps-3" id="chatter-%d" hx-get="/threads/%s/%d" hx-trigger="load"
               hx-swap="innerHTML"></div></div></body></html>
          """
          .formatted(csrf.getHeaderName(), csrf.getToken(), id, TYPE, id);
    }
  }

  @Autowired UserManagement users;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerManagement customerManagement;

  private String login;
  private long documentId;

  @BeforeEach
  void signIn() {
    login = "chatter-" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new NewUser(
            login,
            "Chatter " + login,
            login + "@example.com",
            "pw-" + login,
            Role.AGENT,
            Set.of()));
    documentId = ThreadLocalRandom.current().nextLong(1, 900_000_000L);
    logInAsStaff(login, "pw-" + login);
    open("/test/chatter/" + documentId);
    waitFor(By.id("chatter-body"));
  }

  @Test
  void anAgentSendsAMessageAndLogsANote() {
    write("Your replacement is on its way.");
    browser.findElement(By.id("chatter-send")).click();
    waitForText(By.id("chatter-thread"), "Your replacement is on its way.");

    write("Customer called twice; be gentle.");
    browser.findElement(By.id("chatter-note")).click();
    waitForText(By.id("chatter-thread"), "Customer called twice; be gentle.");

    List<WebElement> entries = browser.findElements(By.cssSelector("#chatter-thread article"));
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).getDomAttribute("class")).isEqualTo("message note");
    assertThat(entries.get(1).getDomAttribute("class")).isEqualTo("message");
    assertThat(entries.get(1).findElement(By.className("message-author")).getText())
        .isEqualTo("Chatter " + login);
    assertThat(browser.findElement(By.id("chatter-body")).getDomProperty("value")).isEmpty();
    screenshot("chatter");
  }

  @Test
  void anEmptyMessageIsRefusedInTheComposer() {
    browser.findElement(By.id("chatter-send")).click();

    waitFor(By.id("chatter-error"));
    assertThat(browser.findElements(By.cssSelector("#chatter-thread article"))).isEmpty();
  }

  @Test
  void anAgentAddsACustomerFollowerBySearchAndRemovesIt() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    customerManagement.create(
        CustomerInput.individual("Followed " + tag, tag + "@customer.test", null));

    browser.findElement(By.cssSelector("#chatter-add-follower summary")).click();
    waitFor(By.id("chatter-follower-search")).sendKeys(tag);
    click(By.cssSelector("#chatter-candidates .chatter-candidate"));

    waitForText(By.id("chatter-followers"), "Followed " + tag);
    assertThat(browser.findElements(By.cssSelector("#chatter-followers .chatter-follower")))
        .hasSize(1);

    browser.findElement(By.cssSelector("#chatter-followers .chatter-unfollow")).click();
    waitForText(By.id("chatter-follower-count"), "0");
    assertThat(browser.findElements(By.cssSelector("#chatter-followers .chatter-follower")))
        .isEmpty();
  }

  private void write(String text) {
    WebElement body = waitFor(By.id("chatter-body"));
    body.clear();
    body.sendKeys(text);
  }
}
