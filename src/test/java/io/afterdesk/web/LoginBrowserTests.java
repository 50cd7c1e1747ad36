package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.partner.Customers;
import io.afterdesk.support.BrowserTest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Signing in and out in a real browser: staff at /login, customers at /my/login. */
class LoginBrowserTests extends BrowserTest {

  private static final List<String> STAFF_PAGES =
      List.of("/helpdesk/tickets", "/settings/users", "/customers");

  @Autowired UserManagement users;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired MessageSource messages;

  @Test
  void aStaffUserSignsInSeesTheStaffLayoutAndSignsOut() {
    String login = unique("staff");
    users.create(
        new NewUser(
            login,
            "Browser " + login,
            login + "@example.com",
            "pass-" + login,
            Role.ADMIN,
            Set.of()));

    logInAsStaff(login, "pass-" + login);

    assertThat(currentPath()).doesNotStartWith("/login");
    open("/helpdesk/tickets");
    waitFor(By.id("ticket-list"));
    assertThat(waitFor(By.id("user-menu")).getText()).isEqualTo("Browser " + login);
    screenshot("staff-signed-in");

    logOutStaff();

    assertThat(currentPath()).isEqualTo("/login?logout");
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
        .isEqualTo(english("login.logged-out"));
    open("/helpdesk/tickets");
    waitForPath("/login");
  }

  @Test
  void aWrongPasswordShowsTheError() {
    String login = unique("staff");
    users.create(
        new NewUser(login, "Browser " + login, null, "right-" + login, Role.AGENT, Set.of()));

    logInAsStaff(login, "wrong-" + login);

    assertThat(currentPath()).isEqualTo("/login?error");
    assertThat(waitFor(By.cssSelector(".alert-danger")).getText())
        .isEqualTo(english("login.error"));
    assertThat(isPresent(By.id("user-menu"))).isFalse();
  }

  @Test
  void aPortalCustomerSignsInButNeverSeesAStaffPage() {
    logInAsNewCustomer();

    assertThat(currentPath()).startsWith("/my").doesNotContain("login");
    for (String staffPage : STAFF_PAGES) {
      open(staffPage);
      waitFor(By.tagName("h1"));
      assertThat(isPresent(By.id("user-menu"))).as("staff menu on " + staffPage).isFalse();
    }
  }

  @Test
  void aPortalCustomerOnAStaffPageSeesNotAllowed() {
    logInAsNewCustomer();

    for (String staffPage : STAFF_PAGES) {
      open(staffPage);
      waitForText(By.tagName("h1"), english("error.forbidden.title"));
      assertThat(browser.getTitle()).isEqualTo(english("error.forbidden.title"));
      assertThat(isPresent(By.id("user-menu"))).as("staff menu on " + staffPage).isFalse();
    }
    screenshot("customer-on-staff-page");
  }

  @Test
  void aStrangerIsSentToTheStaffLogin() {
    open("/helpdesk/tickets");

    waitForPath("/login");
    assertThat(isPresent(By.id("sign-in"))).isTrue();
  }

  /**
   * Opens the first staff page that this build has (the helpdesk, the users list, the customers;
   * the "not allowed" page is drawn in the staff layout too and always exists).
   */
  private void logInAsNewCustomer() {
    String email = unique("customer") + "@customer.test";
    long customerId =
        customerManagement.create(CustomerInput.individual("Portal " + email, email, null)).id();
    customers.grantPortalAccess(customerId, "portal-secret");
    logInAsCustomer(email, "portal-secret");
  }

  private String english(String key) {
    return messages.getMessage(key, null, Locale.ENGLISH);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
