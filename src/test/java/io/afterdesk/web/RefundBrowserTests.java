package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.BrowserTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager refunds part of an invoice from a ticket in a real browser: the Refund dialog with a
 * reason code, Reverse, the draft credit note's quantity lowered and posted, and back on the ticket
 * the Credit Notes smart button, the notes and the after-sales cost.
 */
class RefundBrowserTests extends BrowserTest {

  @Autowired UserManagement users;
  @Autowired Teams teams;
  @Autowired CustomerManagement customers;
  @Autowired ProductManagement products;
  @Autowired Invoices invoices;
  @Autowired io.afterdesk.sales.SalesOrders salesOrders;

  @Test
  void aManagerRefundsPartOfAnInvoiceFromTheTicket() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String login = "refunder-" + suffix;
    UserSummary manager =
        users.create(
            new NewUser(
                login,
                "Refunder " + suffix,
                login + "@staff.test",
                "secret-pass",
                Role.MANAGER,
                Set.of()));
    TeamView team =
        teams.create(
            new TeamDraft(
                "Refunds " + suffix,
                List.of(manager.id()),
                new AfterSalesSwitches(true, false, false, false, false),
                null,
                null));
    long company =
        customers.create(CustomerInput.company("Refunded Co " + suffix, null, null)).id();
    long product =
        products
            .create(ProductInput.goods("Blender " + suffix, null, Tracking.NONE, "40.00", "10.00"))
            .id();
    InvoiceView invoice =
        invoices.post(
            invoices.createDraft(
                InvoiceDraft.of(
                    company, List.of(InvoiceLineInput.ofProduct(product, new BigDecimal("3"))))));
    long ticket =
        ApiClient.at(port)
            .as(login, "secret-pass")
            .post(
                "/api/v1/tickets",
                Map.of(
                    "subject",
                    "Broken blenders " + suffix,
                    "teamId",
                    team.id(),
                    "customerId",
                    company))
            .json()
            .get("id")
            .asLong();

    logInAsStaff(login, "secret-pass");
    open("/helpdesk/tickets/" + ticket);
    click(By.id("action-refund"));
    waitFor(By.id("refund-form"));
    assertThat(browser.findElement(By.id("invoice-" + invoice.id())).isSelected()).isTrue();
    new Select(waitFor(By.id("refund-reasonCode"))).selectByValue("DEFECTIVE");
    click(By.id("refund-reverse"));

    waitFor(By.id("invoice-page"));
    WebElement quantity = waitFor(By.id("credit-line-0-quantity"));
    assertThat(quantity.getAttribute("value")).isEqualTo("3");
    quantity.clear();
    quantity.sendKeys("1");
    click(By.id("invoice-save"));
    waitFor(By.id("invoice-post"));
    assertThat(waitFor(By.id("credit-line-0-quantity")).getAttribute("value")).isEqualTo("1");
    click(By.id("invoice-post"));
    waitForText(By.id("invoice-number"), "RINV/");

    open("/helpdesk/tickets/" + ticket);
    WebElement button = waitFor(By.id("smart-creditNotes"));
    assertThat(button.getText())
        .contains("1")
        .contains("Credit Note")
        .doesNotContain("Credit Notes");
    assertThat(waitFor(By.id("after-sales-cost")).getText()).contains("44.00");
    waitForText("Refund created");
    waiting(Duration.ofSeconds(60))
        .until(
            d -> {
              if (d.getPageSource().contains("Refund posted")) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
    screenshot("ticket-refund");
    click(By.id("smart-creditNotes"));
    waitForText(By.id("invoice-number"), "RINV/");
  }

  @Test
  void theDialogKeepsAnyOrderShowsWhatEachButtonCreditsAndExplainsASwitchTurnedOff() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String login = "previewer-" + suffix;
    UserSummary agent =
        users.create(
            new NewUser(
                login,
                "Previewer " + suffix,
                login + "@staff.test",
                "secret-pass",
                Role.AGENT,
                Set.of()));
    TeamView team =
        teams.create(
            new TeamDraft(
                "Preview " + suffix,
                List.of(agent.id()),
                new AfterSalesSwitches(true, false, false, false, false),
                null,
                null));
    long company = customers.create(CustomerInput.company("Preview Co " + suffix, null, null)).id();
    long battery =
        products
            .create(ProductInput.goods("Battery " + suffix, null, Tracking.NONE, "100.00", "1"))
            .id();
    long labour =
        products.create(ProductInput.service("Labour " + suffix, null, "45.00", "1")).id();
    io.afterdesk.sales.SalesOrderView order =
        salesOrders.confirm(
            salesOrders
                .create(
                    new io.afterdesk.sales.SalesOrderDraft(
                        company,
                        java.time.LocalDate.now(),
                        null,
                        List.of(
                            io.afterdesk.sales.SalesOrderLineInput.ofProduct(
                                labour, BigDecimal.ONE))))
                .id());
    invoices.post(salesOrders.createInvoice(order.id()));
    InvoiceView invoice =
        invoices.post(
            invoices.createDraft(
                InvoiceDraft.of(
                    company,
                    List.of(
                        InvoiceLineInput.ofProduct(battery, BigDecimal.ONE),
                        InvoiceLineInput.ofProduct(labour, BigDecimal.ONE)))));
    long ticket =
        ApiClient.at(port)
            .as(login, "secret-pass")
            .post(
                "/api/v1/tickets",
                Map.of(
                    "subject",
                    "Preview " + suffix,
                    "teamId",
                    team.id(),
                    "customerId",
                    company,
                    "productId",
                    labour))
            .json()
            .get("id")
            .asLong();

    logInAsStaff(login, "secret-pass");
    open("/helpdesk/tickets/" + ticket);
    click(By.id("action-refund"));
    waitFor(By.id("refund-form"));
    assertThat(new Select(waitFor(By.id("refund-productId"))).getFirstSelectedOption().getText())
        .contains("Labour " + suffix);
    assertThat(
            new Select(waitFor(By.id("refund-salesOrderId")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(String.valueOf(order.id()));
    assertThat(isPresent(By.id("invoice-" + invoice.id()))).isFalse();
    new Select(waitFor(By.id("refund-salesOrderId"))).selectByValue("");
    waitFor(By.id("invoice-" + invoice.id()));
    assertThat(
            new Select(waitFor(By.id("refund-salesOrderId")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEmpty();
    String labourAmount =
        invoice.lines().stream()
            .filter(l -> Long.valueOf(labour).equals(l.productId()))
            .findFirst()
            .orElseThrow()
            .total()
            .rounded()
            .amount()
            .toPlainString();
    assertThat(
            waitFor(By.id("preview-" + invoice.id() + "-REVERSE_AND_CREATE_INVOICE-amount"))
                .getText())
        .contains(labourAmount);

    teams.update(
        team.id(),
        new TeamDraft(team.name(), List.of(agent.id()), AfterSalesSwitches.none(), null, null));
    new Select(waitFor(By.id("refund-reasonCode"))).selectByValue("DEFECTIVE");
    click(By.id("refund-reverse"));
    waitForText(By.id("refusal"), "Refunds are switched off for this team.");
    assertThat(invoices.creditNotesOf(invoice.id())).isEmpty();
  }
}
