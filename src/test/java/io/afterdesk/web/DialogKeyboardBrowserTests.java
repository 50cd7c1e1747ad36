package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.invoicing.Invoices;
import io.afterdesk.support.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Refund and Return dialogs with the keyboard alone: Enter on the ticket's button opens the
 * dialog (named by its title), Tab and Shift+Tab cycle inside it, a redraw by its sales order
 * select keeps the focus on that select (and sends that select's value only, not the ticket
 * form's), and Escape closes it with the focus back on the button that opened it.
 */
class DialogKeyboardBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Invoices invoices;

  @Test
  void theRefundDialogWorksWithTheKeyboard() {
    AfterSalesCase c = new AfterSalesCase(context, port);
    logInAsStaff(c.manager.login(), AfterSalesCase.PASSWORD);
    open("/helpdesk/tickets/" + c.ticket);

    WebElement opener = openWithKeyboard("action-refund", "refund-form");
    assertNamedByItsTitle();
    assertTabCyclesInside();

    long chosen = redrawByTheOtherSalesOrder("refund-salesOrderId");
    assertThat(chosen).as("the ticket's order was preselected").isEqualTo(c.secondOrder.id());
    long secondInvoice = invoices.ofSalesOrder(c.secondOrder.id()).get(0).id();
    waitFor(By.id("invoice-" + secondInvoice));
    assertTabCyclesInside();

    closeWithEscapeBackTo(opener);
  }

  @Test
  void theReturnDialogWorksWithTheKeyboard() {
    AfterSalesCase c = new AfterSalesCase(context, port);
    logInAsStaff(c.manager.login(), AfterSalesCase.PASSWORD);
    open("/helpdesk/tickets/" + c.ticket);

    WebElement opener = openWithKeyboard("action-return", "return-form");
    assertNamedByItsTitle();
    assertTabCyclesInside();

    long chosen = redrawByTheOtherSalesOrder("return-salesOrderId");
    assertThat(new Select(browser.findElement(By.id("return-deliveryId"))).getOptions())
        .extracting(WebElement::getText)
        .containsExactly(
            context
                .getBean(io.afterdesk.inventory.Transfers.class)
                .get(
                    (chosen == c.firstOrder.id() ? c.firstOrder : c.secondOrder)
                        .deliveryIds()
                        .get(0))
                .number());
    assertTabCyclesInside();

    closeWithEscapeBackTo(opener);
  }

  private WebElement openWithKeyboard(String buttonId, String formId) {
    WebElement opener = waitForClickable(By.id(buttonId));
    opener.sendKeys(Keys.ENTER);
    waitFor(By.id(formId));
    waitForDialogShown();
    waiting().until(d -> insideDialog(active()));
    return opener;
  }

  private void assertNamedByItsTitle() {
    WebElement dialog = browser.findElement(By.id("dialog"));
    assertThat(dialog.getAttribute("role")).isEqualTo("dialog");
    assertThat(dialog.getAttribute("aria-modal")).isEqualTo("true");
    String title = dialog.getAttribute("aria-labelledby");
    assertThat(title).isNotBlank();
    WebElement heading = browser.findElement(By.id(title));
    assertThat(heading.getAttribute("class")).contains("modal-title");
    assertThat(dialog.getAccessibleName()).isEqualTo(heading.getText()).isNotBlank();
  }

  /**
   * Tab from the first control through all of them and past the last: the focus never leaves the
   * dialog and comes round to the first; Shift+Tab then goes back to the last.
   */
  private void assertTabCyclesInside() {
    focus(firstFocusable());
    WebElement first = active();
    List<String> seen = new ArrayList<>();
    WebElement last = first;
    for (int i = 0; i < MAX_TABS; i++) {
      active().sendKeys(Keys.TAB);
      WebElement now = active();
      seen.add(describe(now));
      assertThat(insideDialog(now)).as("Tab %d stays in the dialog: %s", i + 1, seen).isTrue();
      if (now.equals(first)) {
        break;
      }
      last = now;
    }
    assertThat(active())
        .as("Tab past the last control comes back to the first: %s", seen)
        .isEqualTo(first);
    assertThat(seen.size()).as("the dialog has more than one control").isGreaterThan(2);
    active().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    assertThat(active()).as("Shift+Tab before the first goes to the last").isEqualTo(last);
  }

  /**
   * Picks the other order with one arrow key in the focused select and waits for the redraw;
   * answers the order picked.
   */
  private long redrawByTheOtherSalesOrder(String selectId) {
    WebElement select = waitFor(By.id(selectId));
    focus(select);
    List<String> values =
        new Select(select).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    int from = values.indexOf(select.getAttribute("value"));
    boolean down = from + 1 < values.size() && !values.get(from + 1).isEmpty();
    int to = down ? from + 1 : from - 1;
    assertThat(to).as("another order next to the selected one: %s", values).isPositive();
    long orderId = Long.parseLong(values.get(to));
    select.sendKeys(down ? Keys.ARROW_DOWN : Keys.ARROW_UP);
    waiting().until(ExpectedConditions.stalenessOf(select));
    try {
      waiting()
          .until(
              d ->
                  selectId.equals(active().getAttribute("id"))
                      && String.valueOf(orderId)
                          .equals(d.findElement(By.id(selectId)).getAttribute("value")));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "after the redraw the focus is on "
              + describe(active())
              + " and the select shows "
              + browser.findElement(By.id(selectId)).getAttribute("value")
              + ", expected the focus on #"
              + selectId
              + " showing "
              + orderId,
          e);
    }
    return orderId;
  }

  private void closeWithEscapeBackTo(WebElement opener) {
    active().sendKeys(Keys.ESCAPE);
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return getComputedStyle(document.getElementById('dialog')).display"
                            + " === 'none';")));
    waiting().until(d -> opener.equals(active()));
  }

  private void waitForDialogShown() {
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "const m = document.getElementById('dialog');"
                            + " return m.classList.contains('show')"
                            + " && getComputedStyle(m).opacity === '1';")));
  }

  private WebElement active() {
    return browser.switchTo().activeElement();
  }

  private boolean insideDialog(WebElement element) {
    return Boolean.TRUE.equals(
        js("return document.getElementById('dialog').contains(arguments[0]);", element));
  }

  private WebElement firstFocusable() {
    return (WebElement) js("return " + FOCUSABLE + "[0];");
  }

  private void focus(WebElement element) {
    js("arguments[0].focus();", element);
  }

  private String describe(WebElement element) {
    return element.getTagName() + "#" + element.getAttribute("id") + " " + element.getText();
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  private static final int MAX_TABS = 60;

  /** The controls of the open dialog that Tab reaches, in document order. */
  private static final String FOCUSABLE =
      "Array.from(document.querySelectorAll('#dialog a[href], #dialog button, #dialog input,"
          + " #dialog select, #dialog textarea')).filter(e => !e.disabled && e.type !== 'hidden'"
          + " && e.getClientRects().length > 0)";
}
