package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
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
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.BrowserTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager returns one of two serials shipped to a customer from a ticket in a real browser: the
 * Return dialog (serial preselected, one removed), the return transfer validated with the serial,
 * the serial in WH/Returns, and the ticket's Returns smart button.
 */
class ReturnBrowserTests extends BrowserTest {

  @Autowired UserManagement users;
  @Autowired Teams teams;
  @Autowired CustomerManagement customers;
  @Autowired ProductManagement products;
  @Autowired Stock stock;
  @Autowired Transfers transfers;

  @Test
  void aManagerReturnsASerialFromTheTicketAndReceivesIt() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String login = "returner-" + suffix;
    var manager =
        users.create(
            new NewUser(
                login,
                "Returner " + suffix,
                login + "@staff.test",
                "secret-pass",
                Role.MANAGER,
                Set.of()));
    TeamView team =
        teams.create(
            new TeamDraft(
                "Returns " + suffix,
                List.of(manager.id()),
                new AfterSalesSwitches(false, false, true, false, false),
                null,
                null));
    long company =
        customers.create(CustomerInput.company("Returning Co " + suffix, null, null)).id();
    long product =
        products
            .create(
                ProductInput.goods("Drone " + suffix, null, Tracking.SERIAL, "400.00", "100.00"))
            .id();
    long warehouse = stock.locationNamed("WH/Stock").id();
    LotSummary serial = products.addLot(product, "SN-D-" + suffix);
    stock.adjust(product, warehouse, serial.id(), BigDecimal.ONE);
    TransferView delivery =
        transfers.createDelivery(
            new DeliveryRequest(
                company,
                null,
                "S-" + suffix,
                null,
                List.of(new TransferLine(product, BigDecimal.ONE, null))));
    long deliveryMove = delivery.moves().get(0).id();
    transfers.validate(
        delivery.id(), List.of(new MoveDone(deliveryMove, BigDecimal.ONE, List.of(serial.id()))));
    long ticket =
        ApiClient.at(port)
            .as(login, "secret-pass")
            .post(
                "/api/v1/tickets",
                Map.of(
                    "subject",
                    "Broken drone " + suffix,
                    "teamId",
                    team.id(),
                    "customerId",
                    company,
                    "productId",
                    product))
            .json()
            .get("id")
            .asLong();

    logInAsStaff(login, "secret-pass");
    open("/helpdesk/tickets/" + ticket);
    click(By.id("action-return"));
    waitFor(By.id("return-form"));
    assertThat(waitFor(By.id("qty-" + deliveryMove)).getAttribute("value")).isEqualTo("1");
    new Select(waitFor(By.id("return-reasonCode"))).selectByValue("DEFECTIVE");
    click(By.id("return-submit"));

    waitForText("Return of " + delivery.number());
    TransferView ret =
        transfers.get(
            ApiClient.at(port)
                .as(login, "secret-pass")
                .get("/api/v1/tickets/" + ticket + "/returns")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong());
    assertThat(ret.kind()).isEqualTo(TransferKind.RETURN);
    long returnMove = ret.moves().get(0).id();
    click(By.id("transfer-validate"));
    assertThat(ret.moves().get(0).plannedLotIds()).containsExactly(serial.id());
    assertThat(waitFor(By.id("lot-" + returnMove + "-" + serial.id())).isSelected())
        .as("the serial chosen in the wizard is preselected")
        .isTrue();
    click(By.id("validate-submit"));
    waiting()
        .until(
            d -> "step".equals(d.findElement(By.id("status-DONE")).getAttribute("aria-current")));
    assertThat(transfers.get(ret.id()).state()).isEqualTo(TransferState.DONE);
    assertThat(stock.onHand(product, stock.locationNamed("WH/Returns").id(), serial.id()))
        .isEqualByComparingTo("1");

    open("/helpdesk/tickets/" + ticket);
    assertThat(waitFor(By.id("smart-returns")).getText()).contains("1");
    waitForText("Return created");
    screenshot("ticket-return");
  }

  /**
   * A lot-tracked return: the dialog's lot list is wide enough for the lot's whole name, the return
   * transfer page shows the lot planned, and its validate dialog speaks of lots returned.
   */
  @Test
  void aLotReturnShowsItsWholeLotNameThePlannedLotAndReturnWording() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String login = "lot-returner-" + suffix;
    var manager =
        users.create(
            new NewUser(
                login,
                "Lot returner " + suffix,
                login + "@staff.test",
                "secret-pass",
                Role.MANAGER,
                Set.of()));
    TeamView team =
        teams.create(
            new TeamDraft(
                "Lot returns " + suffix,
                List.of(manager.id()),
                new AfterSalesSwitches(false, false, true, false, false),
                null,
                null));
    long company =
        customers.create(CustomerInput.company("Lubricated Co " + suffix, null, null)).id();
    long product =
        products
            .create(
                ProductInput.goods(
                    "Synthetic gear lubricant, 5 litre can " + suffix,
                    null,
                    Tracking.LOT,
                    "55.18",
                    "20.00"))
            .id();
    String lotName = "LOT-LUBE-2026-0001-" + suffix;
    LotSummary lot = products.addLot(product, lotName);
    stock.adjust(product, stock.locationNamed("WH/Stock").id(), lot.id(), new BigDecimal("3"));
    TransferView delivery =
        transfers.createDelivery(
            new DeliveryRequest(
                company,
                null,
                "S-" + suffix,
                null,
                List.of(new TransferLine(product, new BigDecimal("2"), null))));
    long deliveryMove = delivery.moves().get(0).id();
    transfers.validate(
        delivery.id(), List.of(new MoveDone(deliveryMove, new BigDecimal("2"), List.of(lot.id()))));
    ApiClient api = ApiClient.at(port).as(login, "secret-pass");
    long ticket =
        api.post(
                "/api/v1/tickets",
                Map.of(
                    "subject",
                    "Leaking can " + suffix,
                    "teamId",
                    team.id(),
                    "customerId",
                    company,
                    "productId",
                    product))
            .json()
            .get("id")
            .asLong();

    logInAsStaff(login, "secret-pass");
    open("/helpdesk/tickets/" + ticket);
    click(By.id("action-return"));
    WebElement lots = waitFor(By.id("lots-" + deliveryMove));
    Object cut =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const s = arguments[0], cs = getComputedStyle(s);"
                    + "const ctx = document.createElement('canvas').getContext('2d');"
                    + "ctx.font = cs.font;"
                    + "const room = s.clientWidth - parseFloat(cs.paddingLeft)"
                    + " - parseFloat(cs.paddingRight);"
                    + "return Array.from(s.options)"
                    + ".filter(o => ctx.measureText(o.text).width > room)"
                    + ".map(o => o.text + ' needs ' + ctx.measureText(o.text).width"
                    + " + 'px, has ' + room + 'px');",
                lots);
    assertThat((List<?>) cut).as("lot names cut off in the return dialog").isEmpty();
    new Select(lots).selectByVisibleText(lotName);
    new Select(waitFor(By.id("return-reasonCode"))).selectByValue("DEFECTIVE");
    click(By.id("return-submit"));

    waitForText("Return of " + delivery.number());
    long returnId =
        api.get("/api/v1/tickets/" + ticket + "/returns")
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    long returnMove = transfers.get(returnId).moves().get(0).id();
    assertThat(waitFor(By.id("planned-lots-" + returnMove)).getText()).contains(lotName);
    click(By.id("transfer-validate"));
    assertThat(waitFor(By.cssSelector("label[for='lots-" + returnMove + "']")).getText())
        .isEqualTo("Lots returned");
  }
}
