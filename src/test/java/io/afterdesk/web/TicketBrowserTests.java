package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.TicketDraft;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import io.afterdesk.support.BrowserTest;
import java.math.BigDecimal;
import java.time.LocalDate;
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
  @Autowired Tickets tickets;
  @Autowired SalesOrders salesOrders;

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

  /**
   * The ticket form follows the customer and the product: changing the customer redraws the
   * products it bought and its sales orders, choosing a tracked product shows its lots, an
   * untracked one hides the lot, and the ticket saves with the serial cleared.
   */
  @Test
  void theProductLotAndOrderChoicesFollowTheCustomerAndTheProduct() {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary agent = fixtures.user("form-agent", Role.AGENT);
    TeamView team = fixtures.team("Form team", agent);
    long first = fixtures.company("First buyer");
    long second = fixtures.company("Second buyer");
    long kettle = fixtures.product("Kettle", "NONE");
    long toaster = fixtures.product("Toaster", "NONE");
    long drill = fixtures.product("Drill", "SERIAL");
    long serial = fixtures.lot(drill, "SN-DRILL-" + fixtures.suffix);
    SalesOrderView firstOrder = confirmedOrder(first, kettle);
    SalesOrderView secondOrder = confirmedOrder(second, toaster);
    long ticket =
        tickets
            .create(
                new TicketDraft(
                    "Form " + fixtures.suffix,
                    null,
                    team.id(),
                    null,
                    null,
                    0,
                    first,
                    null,
                    drill,
                    serial,
                    firstOrder.id(),
                    List.of()))
            .id();

    logInAsStaff(agent.login(), HelpdeskFixtures.PASSWORD);
    open("/helpdesk/tickets/" + ticket);
    assertThat(optionValues("#customer-products option")).contains(String.valueOf(kettle));
    assertThat(new Select(waitFor(By.id("lotId"))).getFirstSelectedOption().getText())
        .isEqualTo("SN-DRILL-" + fixtures.suffix);
    assertThat(new Select(waitFor(By.id("salesOrderId"))).getFirstSelectedOption().getText())
        .isEqualTo(firstOrder.number());

    new Select(waitFor(By.id("customerId"))).selectByValue(String.valueOf(second));
    waiting()
        .until(d -> optionValues("#customer-products option").contains(String.valueOf(toaster)));
    assertThat(optionValues("#customer-products option")).doesNotContain(String.valueOf(kettle));
    assertThat(optionValues("#salesOrderId option"))
        .contains(String.valueOf(secondOrder.id()))
        .doesNotContain(String.valueOf(firstOrder.id()));

    new Select(waitFor(By.id("productId"))).selectByValue(String.valueOf(kettle));
    waiting().until(d -> !isPresent(By.id("lotId")));
    new Select(waitFor(By.id("productId"))).selectByValue(String.valueOf(drill));
    waiting().until(d -> optionValues("#lotId option").contains(String.valueOf(serial)));
    new Select(waitFor(By.id("productId"))).selectByValue(String.valueOf(toaster));
    waiting().until(d -> !isPresent(By.id("lotId")));

    click(By.id("save-ticket"));
    waitForText("Saved");
    TicketView saved = tickets.get(ticket);
    assertThat(saved.customerId()).isEqualTo(second);
    assertThat(saved.productId()).isEqualTo(toaster);
    assertThat(saved.lotId()).isNull();
    assertThat(saved.salesOrderId()).isNull();
  }

  private SalesOrderView confirmedOrder(long customer, long product) {
    SalesOrderView quotation =
        salesOrders.create(
            new SalesOrderDraft(
                customer,
                LocalDate.now(),
                null,
                List.of(SalesOrderLineInput.ofProduct(product, BigDecimal.ONE))));
    return salesOrders.confirm(quotation.id());
  }

  private List<String> optionValues(String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(o -> o.getAttribute("value"))
        .toList();
  }

  private void postInChatter(String text, String button) {
    WebElement body = waitForClickable(By.id("chatter-body"));
    body.clear();
    body.sendKeys(text);
    click(By.id(button));
  }
}
