package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.support.BrowserTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager ships a serial product from the transfer form through the validate dialog. */
class TransferBrowserTests extends BrowserTest {

  @Autowired UserManagement users;
  @Autowired ProductManagement products;
  @Autowired CustomerManagement customers;
  @Autowired Stock stock;
  @Autowired Transfers transfers;

  @Test
  void aManagerTicksTheSerialInTheDialogAndTheDeliveryIsDone() {
    String suffix = InventoryFixtures.suffix();
    ProductSummary bike =
        products.create(
            ProductInput.goods("Bike " + suffix, "BB-" + suffix, Tracking.SERIAL, "900", "500"));
    LotSummary serial = products.addLot(bike.id(), "SN-B-" + suffix);
    long warehouse = stock.locationNamed("WH/Stock").id();
    stock.adjust(bike.id(), warehouse, serial.id(), BigDecimal.ONE);
    long customer = customers.create(CustomerInput.company("Cust " + suffix, null, null)).id();
    TransferView delivery =
        transfers.createDelivery(
            new DeliveryRequest(
                customer,
                null,
                "S-" + suffix,
                null,
                List.of(new TransferLine(bike.id(), BigDecimal.ONE, null))));
    long moveId = delivery.moves().get(0).id();
    String login = "inv-mgr-" + suffix;
    users.create(
        new NewUser(login, "Manager " + suffix, null, "pw-" + login, Role.MANAGER, Set.of()));
    logInAsStaff(login, "pw-" + login);

    open("/inventory/transfers/" + delivery.id());
    click(By.id("transfer-validate"));
    click(By.id("validate-submit"));
    waitFor(By.id("validate-error"));
    click(By.id("lot-" + moveId + "-" + serial.id()));
    click(By.id("validate-submit"));

    waiting()
        .until(
            d -> "step".equals(d.findElement(By.id("status-DONE")).getAttribute("aria-current")));
    assertThat(browser.findElement(By.id("move-" + moveId)).getText()).contains(serial.name());
    assertThat(isPresent(By.id("transfer-validate"))).isFalse();
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Transfer " + delivery.number() + " validated.");
    assertThat(transfers.get(delivery.id()).state()).isEqualTo(TransferState.DONE);
    screenshot("transfer-done");
  }
}
