package io.afterdesk.web;

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
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import io.afterdesk.support.ApiClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * A demo-like after-sales case for the browser tests of pages and dialogs, with unique names: a
 * manager in a team with Refunds and Returns on, a company with a portal contact, a serial-tracked
 * product and a plain one, two orders shipped and invoiced (each with a serial of the first
 * product), and a ticket of the contact about the first order.
 */
final class AfterSalesCase {

  static final String PASSWORD = "secret-pass";

  final String suffix = UUID.randomUUID().toString().substring(0, 8);
  final UserSummary manager;
  final TeamView team;
  final long company;
  final long contact;
  final String contactEmail;
  final long serialProduct;
  final long plainProduct;
  final SalesOrderView firstOrder;
  final SalesOrderView secondOrder;
  final long ticket;
  private final int port;

  AfterSalesCase(ApplicationContext context, int port) {
    this.port = port;
    UserManagement users = context.getBean(UserManagement.class);
    Teams teams = context.getBean(Teams.class);
    CustomerManagement customerManagement = context.getBean(CustomerManagement.class);
    ProductManagement products = context.getBean(ProductManagement.class);
    Stock stock = context.getBean(Stock.class);
    String login = "a11y-" + suffix;
    manager =
        users.create(
            new NewUser(
                login, "Ana " + suffix, login + "@staff.test", PASSWORD, Role.MANAGER, Set.of()));
    team =
        teams.create(
            new TeamDraft(
                "Support " + suffix,
                List.of(manager.id()),
                new AfterSalesSwitches(true, false, true, false, false),
                null,
                null));
    company = customerManagement.create(CustomerInput.company("Acme " + suffix, null, null)).id();
    contactEmail = "paula-" + suffix + "@customer.test";
    contact =
        customerManagement
            .create(CustomerInput.contactOf(company, "Paula " + suffix, contactEmail, null))
            .id();
    context.getBean(Customers.class).grantPortalAccess(contact, PASSWORD);
    serialProduct =
        products
            .create(
                ProductInput.goods("Drone " + suffix, null, Tracking.SERIAL, "400.00", "100.00"))
            .id();
    plainProduct =
        products
            .create(ProductInput.goods("Blender " + suffix, null, Tracking.NONE, "40.00", "10.00"))
            .id();
    long warehouse = stock.locationNamed("WH/Stock").id();
    LotSummary serial = products.addLot(serialProduct, "SN-" + suffix);
    LotSummary otherSerial = products.addLot(serialProduct, "SN-" + suffix + "-2");
    stock.adjust(serialProduct, warehouse, serial.id(), BigDecimal.ONE);
    stock.adjust(serialProduct, warehouse, otherSerial.id(), BigDecimal.ONE);
    stock.adjust(plainProduct, warehouse, null, new BigDecimal("10"));
    firstOrder = shippedAndInvoiced(context, List.of(serialProduct), serial.id());
    secondOrder =
        shippedAndInvoiced(context, List.of(serialProduct, plainProduct), otherSerial.id());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", "Broken drone " + suffix);
    body.put("teamId", team.id());
    body.put("customerId", contact);
    body.put("productId", serialProduct);
    body.put("salesOrderId", firstOrder.id());
    ApiClient.ApiResponse created = api().post("/api/v1/tickets", body);
    if (created.status() != 201) {
      throw new IllegalStateException(created.body());
    }
    ticket = created.json().get("id").asLong();
  }

  /** A confirmed order of one plain product, not shipped: answers its delivery, ready. */
  long readyDelivery(ApplicationContext context) {
    SalesOrders salesOrders = context.getBean(SalesOrders.class);
    SalesOrderView order =
        salesOrders.create(
            SalesOrderDraft.of(
                company, List.of(SalesOrderLineInput.ofProduct(plainProduct, BigDecimal.ONE))));
    return salesOrders.confirm(order.id()).deliveryIds().get(0);
  }

  ApiClient api() {
    return ApiClient.at(port).as(manager.login(), PASSWORD);
  }

  /**
   * An order of one of each product, shipped (the serial product with that serial) and invoiced.
   */
  private SalesOrderView shippedAndInvoiced(
      ApplicationContext context, List<Long> products, long serial) {
    SalesOrders salesOrders = context.getBean(SalesOrders.class);
    Transfers transfers = context.getBean(Transfers.class);
    SalesOrderView order =
        salesOrders.create(
            SalesOrderDraft.of(
                company,
                products.stream()
                    .map(product -> SalesOrderLineInput.ofProduct(product, BigDecimal.ONE))
                    .toList()));
    order = salesOrders.confirm(order.id());
    long delivery = order.deliveryIds().get(0);
    List<MoveDone> done = new ArrayList<>();
    for (MoveView move : transfers.get(delivery).moves()) {
      boolean serialized = move.productId() == serialProduct;
      done.add(new MoveDone(move.id(), move.quantity(), serialized ? List.of(serial) : List.of()));
    }
    transfers.validate(delivery, done);
    context.getBean(Invoices.class).post(salesOrders.createInvoice(order.id()));
    return salesOrders.get(order.id());
  }
}
