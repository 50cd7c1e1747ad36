package io.afterdesk.aftersales;

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
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import io.afterdesk.support.ApiClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * Test data of the after-sales tests, with unique names, made through the real facades: staff,
 * teams with the Refunds switch, companies, products, orders shipped and invoiced, posted invoices,
 * and tickets (through the API, as the agent).
 */
final class RefundFixtures {

  static final String PASSWORD = "secret-pass";

  final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final UserManagement users;
  private final Teams teams;
  private final CustomerManagement customers;
  private final ProductManagement products;
  private final Invoices invoices;
  private final SalesOrders salesOrders;
  private final Transfers transfers;
  private final Stock stock;
  private final int port;

  RefundFixtures(ApplicationContext context, int port) {
    this.users = context.getBean(UserManagement.class);
    this.teams = context.getBean(Teams.class);
    this.customers = context.getBean(CustomerManagement.class);
    this.products = context.getBean(ProductManagement.class);
    this.invoices = context.getBean(Invoices.class);
    this.salesOrders = context.getBean(SalesOrders.class);
    this.transfers = context.getBean(Transfers.class);
    this.stock = context.getBean(Stock.class);
    this.port = port;
  }

  UserSummary user(String name, Role role) {
    String login = name + "-" + suffix;
    return users.create(
        new NewUser(login, name + " " + suffix, login + "@staff.test", PASSWORD, role, Set.of()));
  }

  TeamView team(String name, boolean refunds, UserSummary... members) {
    return teams.create(
        new TeamDraft(
            name + " " + suffix,
            java.util.Arrays.stream(members).map(UserSummary::id).toList(),
            new AfterSalesSwitches(refunds, false, false, false, false),
            null,
            null));
  }

  long company(String name) {
    return customers.create(CustomerInput.company(name + " " + suffix, null, null)).id();
  }

  long contact(long company, String name) {
    return customers
        .create(
            CustomerInput.contactOf(company, name + " " + suffix, name + suffix + "@c.test", null))
        .id();
  }

  long product(String name, Tracking tracking, String price) {
    return products
        .create(ProductInput.goods(name + " " + suffix, null, tracking, price, "1.00"))
        .id();
  }

  LotSummary lotInStock(long productId, String name, String quantity) {
    LotSummary lot = products.addLot(productId, name + "-" + suffix);
    stock.adjust(
        productId, stock.locationNamed("WH/Stock").id(), lot.id(), new BigDecimal(quantity));
    return lot;
  }

  void inStock(long productId, String quantity) {
    BigDecimal now = stock.onHand(productId, stock.locationNamed("WH/Stock").id(), null);
    stock.adjust(
        productId, stock.locationNamed("WH/Stock").id(), null, now.add(new BigDecimal(quantity)));
  }

  /** A posted invoice without an order: {@code quantity} of each product at its catalog price. */
  InvoiceView postedInvoice(long customerId, Map<Long, String> quantities) {
    List<InvoiceLineInput> lines = new ArrayList<>();
    quantities.forEach(
        (product, quantity) ->
            lines.add(InvoiceLineInput.ofProduct(product, new BigDecimal(quantity))));
    long id = invoices.createDraft(InvoiceDraft.of(customerId, lines));
    return invoices.post(id);
  }

  InvoiceView postedInvoice(long customerId, long productId, String quantity) {
    return postedInvoice(customerId, Map.of(productId, quantity));
  }

  /**
   * An order of the product, confirmed, shipped (with the lot when given) and invoiced, the invoice
   * posted; answers the order (reloaded).
   */
  SalesOrderView shippedAndInvoiced(
      long customerId, long productId, String quantity, @Nullable Long lotId, LocalDate date) {
    SalesOrderView order =
        salesOrders.create(
            new SalesOrderDraft(
                customerId,
                date,
                null,
                List.of(SalesOrderLineInput.ofProduct(productId, new BigDecimal(quantity)))));
    order = salesOrders.confirm(order.id());
    long deliveryId = order.deliveryIds().get(0);
    Map<Long, MoveDone> moves = new LinkedHashMap<>();
    for (MoveView move : transfers.get(deliveryId).moves()) {
      moves.put(
          move.id(),
          new MoveDone(move.id(), move.quantity(), lotId == null ? List.of() : List.of(lotId)));
    }
    transfers.validate(deliveryId, new ArrayList<>(moves.values()));
    long invoiceId = salesOrders.createInvoice(order.id());
    invoices.post(invoiceId);
    return salesOrders.get(order.id());
  }

  ApiClient api(UserSummary user) {
    return ApiClient.at(port).as(user.login(), PASSWORD);
  }

  /** A ticket of the team made through the API by {@code agent}; answers its id. */
  long ticket(
      UserSummary agent,
      TeamView team,
      @Nullable Long customerId,
      @Nullable Long productId,
      @Nullable Long lotId,
      @Nullable Long salesOrderId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", "Refund me " + suffix);
    body.put("teamId", team.id());
    body.put("customerId", customerId);
    body.put("productId", productId);
    body.put("lotId", lotId);
    body.put("salesOrderId", salesOrderId);
    ApiClient.ApiResponse created = api(agent).post("/api/v1/tickets", body);
    if (created.status() != 201) {
      throw new IllegalStateException(created.body());
    }
    return created.json().get("id").asLong();
  }

  static Map<String, Object> refundBody(List<Long> invoiceIds, String mode) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("invoiceIds", invoiceIds);
    body.put("reasonCode", "DEFECTIVE");
    body.put("mode", mode);
    body.put("reversalDate", LocalDate.now().toString());
    return body;
  }
}
