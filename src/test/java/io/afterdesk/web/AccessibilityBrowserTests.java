package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.support.Axe;
import io.afterdesk.support.BrowserTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every main page and dialog, as the role that uses it, has no violation of the WCAG 2.0 and 2.1
 * level A and AA rules that axe-core checks; and the staff layout starts with a skip link.
 */
class AccessibilityBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired UserManagement users;
  @Autowired Invoices invoices;

  private final Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();

  @Test
  void theStaffPagesOfTheHelpdeskAndTheErpHaveNoViolations() {
    AfterSalesCase c = new AfterSalesCase(context, port);
    long invoice = invoices.ofSalesOrder(c.secondOrder.id()).get(0).id();
    Map<String, Object> refund = new LinkedHashMap<>();
    refund.put("invoiceIds", List.of(invoice));
    refund.put("reasonCode", "DEFECTIVE");
    refund.put("mode", "REVERSE");
    refund.put("reversalDate", LocalDate.now().toString());
    assertThat(c.api().post("/api/v1/tickets/" + c.ticket + "/refund", refund).status())
        .isEqualTo(201);
    long creditNote = invoices.creditNotesOf(invoice).stream().findFirst().orElseThrow().id();

    logInAsStaff(c.manager.login(), AfterSalesCase.PASSWORD);
    check("ticket list", "/helpdesk/tickets", By.id("ticket-list"));
    check("ticket form", "/helpdesk/tickets/" + c.ticket, By.id("ticket-form"));
    check("new ticket", "/helpdesk/tickets/new", By.id("subject"));
    check("customers", "/customers", By.tagName("table"));
    check("customer form", "/customers/" + c.company, By.tagName("main"));
    check("products", "/products", By.tagName("table"));
    check("product form", "/products/" + c.serialProduct, By.tagName("main"));
    check("sales orders", "/sales/orders", By.tagName("table"));
    check("sales order form", "/sales/orders/" + c.firstOrder.id(), By.id("status-bar"));
    check("transfers", "/inventory/transfers", By.tagName("table"));
    check(
        "transfer form",
        "/inventory/transfers/" + c.firstOrder.deliveryIds().get(0),
        By.id("status-bar"));
    check("stock", "/inventory/stock", By.tagName("table"));
    check("invoices", "/invoicing/invoices", By.tagName("table"));
    check("invoice form", "/invoicing/invoices/" + invoice, By.id("status-bar"));
    check("credit note", "/invoicing/invoices/" + creditNote, By.id("status-bar"));
    check("payments", "/invoicing/payments", By.tagName("main"));
    assertNoneFound();
  }

  @Test
  void theRefundReturnAndValidateDialogsHaveNoViolations() {
    AfterSalesCase c = new AfterSalesCase(context, port);
    long delivery = c.readyDelivery(context);
    logInAsStaff(c.manager.login(), AfterSalesCase.PASSWORD);

    open("/helpdesk/tickets/" + c.ticket);
    click(By.id("action-refund"));
    checkDialog("refund dialog", By.id("refund-form"));
    closeDialog();
    click(By.id("action-return"));
    checkDialog("return dialog", By.id("return-form"));
    closeDialog();

    open("/inventory/transfers/" + delivery);
    click(By.id("transfer-validate"));
    checkDialog("validate dialog", By.id("validate-form"));
    assertNoneFound();
  }

  @Test
  void theSettingsPagesHaveNoViolations() {
    AfterSalesCase c = new AfterSalesCase(context, port);
    String login = "a11y-admin-" + c.suffix;
    users.create(
        new NewUser(
            login,
            "Admin " + c.suffix,
            login + "@staff.test",
            AfterSalesCase.PASSWORD,
            Role.ADMIN,
            Set.of()));
    logInAsStaff(login, AfterSalesCase.PASSWORD);
    check("teams", "/settings/teams", By.tagName("table"));
    check("team settings", "/settings/teams/" + c.team.id(), By.tagName("main"));
    check("users", "/settings/users", By.tagName("table"));
    check("reason codes", "/settings/reason-codes", By.tagName("table"));
    check("mail outbox", "/settings/outbox", By.tagName("main"));
    check("mail templates", "/settings/mail-templates", By.tagName("main"));
    assertNoneFound();
  }

  @Test
  void theSignInPagesAndThePortalHaveNoViolations() {
    AfterSalesCase c = new AfterSalesCase(context, port);
    check("staff login", "/login", By.id("username"));
    check("portal login", "/my/login", By.id("username"));
    logInAsCustomer(c.contactEmail, AfterSalesCase.PASSWORD);
    check("portal ticket list", "/my/tickets", By.tagName("main"));
    check("portal ticket", "/my/tickets/" + c.ticket, By.tagName("main"));
    assertNoneFound();
  }

  @Test
  void theTicketFormInVietnameseHasNoViolations() {
    AfterSalesCase c = new AfterSalesCase(context, port);
    logInAsStaff(c.manager.login(), AfterSalesCase.PASSWORD);
    check("ticket form (vi)", "/helpdesk/tickets/" + c.ticket + "?lang=vi", By.id("ticket-form"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    assertThat(browser.findElement(By.id("skip-link")).getAttribute("textContent"))
        .isEqualTo("Bỏ qua đến nội dung");
    open("/helpdesk/tickets/" + c.ticket + "?lang=en");
    assertNoneFound();
  }

  @Test
  void theSkipLinkIsTheFirstStopAndLeadsPastTheNavigationToTheTickets() {
    AfterSalesCase c = new AfterSalesCase(context, port);
    logInAsStaff(c.manager.login(), AfterSalesCase.PASSWORD);
    open("/helpdesk/tickets?q=" + c.suffix);
    WebElement firstTicket = waitFor(By.cssSelector("#ticket-list tbody tr a"));
    WebElement skip = browser.findElement(By.id("skip-link"));
    assertThat(skip.getRect().getWidth()).as("hidden until focused").isLessThanOrEqualTo(1);

    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(active()).isEqualTo(skip);
    assertThat(skip.getRect().getWidth()).as("visible on focus").isGreaterThan(20);
    assertThat(skip.getText()).isEqualTo("Skip to content");

    active().sendKeys(Keys.ENTER);
    waiting().until(d -> "main-content".equals(active().getAttribute("id")));
    int tabs = 0;
    while (!active().equals(firstTicket) && tabs < 40) {
      active().sendKeys(Keys.TAB);
      tabs++;
    }
    assertThat(active()).isEqualTo(firstTicket);
    assertThat(tabs).as("Tabs from the content to the first ticket").isLessThan(20);
  }

  private WebElement active() {
    return browser.switchTo().activeElement();
  }

  private void check(String name, String path, By ready) {
    open(path);
    waitFor(ready);
    record(name);
  }

  private void checkDialog(String name, By form) {
    waitFor(form);
    waitForDialogShown();
    record(name);
  }

  private void record(String name) {
    List<Axe.Violation> violations = Axe.violations(browser);
    if (!violations.isEmpty()) {
      found.put(name + " (" + currentPath() + ")", violations);
    }
  }

  private void waitForDialogShown() {
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const m = document.getElementById('dialog');"
                                + " return m.classList.contains('show')"
                                + " && getComputedStyle(m).opacity === '1'"
                                + " && getComputedStyle(m.querySelector('.modal-dialog')).transform"
                                + " === 'none'"
                                + " && !document.querySelector('.modal-backdrop:not(.show)');")));
  }

  private void closeDialog() {
    active().sendKeys(Keys.ESCAPE);
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return getComputedStyle(document.getElementById('dialog')).display"
                                + " === 'none' && !document.querySelector('.modal-backdrop');")));
  }

  private void assertNoneFound() {
    assertThat(found)
        .as(
            () ->
                "Accessibility violations:\n"
                    + found.entrySet().stream()
                        .map(
                            e ->
                                e.getKey()
                                    + "\n"
                                    + e.getValue().stream()
                                        .map(Axe.Violation::describe)
                                        .collect(Collectors.joining("\n")))
                        .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
