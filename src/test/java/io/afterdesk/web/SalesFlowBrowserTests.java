package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.identity.Role;
import io.afterdesk.sales.SalesFixtures;
import io.afterdesk.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager sells a serial-tracked product in a real browser: quotation, confirmation, the delivery
 * opened from the smart button and validated with the serial, back to the order, the invoice
 * created, posted and partly paid; the order then shows what was delivered and invoiced and the
 * invoice's payment state.
 */
class SalesFlowBrowserTests extends BrowserTest {

  @Autowired SalesFixtures fixtures;

  @Test
  void aManagerSellsShipsInvoicesAndIsPartlyPaidForASerialProduct() {
    String suffix = SalesFixtures.suffix();
    fixtures.user("bmgr-" + suffix, Role.MANAGER);
    String customerName = "Browser Buyer " + suffix;
    fixtures.customer(customerName);
    ProductSummary bike = fixtures.serialProduct("E-Bike " + suffix, "1500.00");
    List<LotSummary> serials = fixtures.serialsInStock(bike, 2);

    logInAsStaff("bmgr-" + suffix, SalesFixtures.PASSWORD);
    open("/sales/orders");
    click(By.id("sales-order-new"));
    new Select(waitFor(By.id("customerId"))).selectByVisibleText(customerName);
    new Select(browser.findElement(By.id("lines-0-productId")))
        .selectByVisibleText(bike.displayName());
    click(By.id("sales-order-save"));

    String number = waitFor(By.id("sales-order-number")).getText();
    assertThat(number).matches("S\\d{5}");
    assertThat(browser.findElement(By.id("status-QUOTATION")).getAttribute("class"))
        .contains("active");
    assertThat(browser.findElement(By.id("sales-order-total")).getText()).contains("1650.00");

    click(By.id("sales-order-confirm"));
    waitFor(By.id("smart-deliveries"));
    assertThat(browser.findElement(By.id("status-SALE")).getAttribute("class")).contains("active");
    String orderPath = currentPath();

    click(By.id("smart-deliveries"));
    waitFor(By.id("transfer-page"));
    click(By.id("transfer-validate"));
    WebElement serial =
        waitForClickable(
            By.cssSelector("#validate-form input[value='" + serials.get(0).id() + "']"));
    waiting()
        .until(
            d -> {
              if (!serial.isSelected()) {
                serial.click();
              }
              return serial.isSelected();
            });
    click(By.id("validate-submit"));
    // The dialog sends the browser back to the delivery; reloaded, it shows done.
    waitFor(By.cssSelector("#status-DONE.active"));
    String deliveryPath = currentPath();
    open(deliveryPath);
    waitFor(By.cssSelector("#status-DONE.active"));

    click(By.id("transfer-origin-link"));
    waitForPath(orderPath);
    long lineId = lineIdOnPage();
    assertThat(browser.findElement(By.id("line-" + lineId + "-delivered")).getText())
        .isEqualTo("1");

    click(By.id("sales-order-create-invoice"));
    waitFor(By.id("invoice-page"));
    click(By.id("invoice-post"));
    waitForText(By.id("invoice-number"), "INV/");
    click(By.id("invoice-register-payment"));
    WebElement amount = waitFor(By.cssSelector("#payment-form #amount"));
    amount.clear();
    amount.sendKeys("600.00");
    assertThat(browser.findElement(By.cssSelector("#payment-form #date")).getAttribute("value"))
        .as("the payment date defaults to today, in the format a date input shows")
        .isEqualTo(java.time.LocalDate.now().toString());
    click(By.id("payment-save"));
    waitFor(By.xpath("//*[@id='payment-state-badge'][contains(., 'Partially paid')]"));

    click(By.id("smart-sales-order"));
    waitForPath(orderPath);
    waitFor(By.id("sales-order-page"));
    assertThat(browser.findElement(By.id("line-" + lineId + "-delivered")).getText())
        .isEqualTo("1");
    assertThat(browser.findElement(By.id("line-" + lineId + "-invoiced")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("smart-invoices-count")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("smart-deliveries-count")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("sales-order-invoices")).getText())
        .contains("Partially paid");
    assertThat(isPresent(By.id("sales-order-create-invoice"))).isFalse();
    screenshot("sales-order");
  }

  private long lineIdOnPage() {
    String id =
        browser
            .findElement(By.cssSelector("#sales-order-lines tbody tr[id^='line-']"))
            .getAttribute("id");
    return Long.parseLong(id.substring("line-".length()));
  }
}
