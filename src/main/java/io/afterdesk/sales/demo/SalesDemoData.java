package io.afterdesk.sales.demo;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.Stock;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Demo orders of the demo customers over the last six months: thirty confirmed, delivered (serials
 * and lots chosen from WH/Stock) and invoiced (posted; paid, partly paid or not), the first four of
 * them for the portal customer's company with a serial-tracked product; then orders not delivered
 * yet, orders delivered but not invoiced, and two quotations.
 */
@Component
class SalesDemoData implements DemoDataLoader {

  static final String PORTAL_EMAIL = "customer@example.com";
  static final int INVOICED_ORDERS = 30;

  private final SalesOrders orders;
  private final DemoFulfilment fulfilment;
  private final Customers customers;
  private final Products products;
  private final UserManagement users;
  private final Stock stock;
  private final Clock clock;

  SalesDemoData(
      SalesOrders orders,
      DemoFulfilment fulfilment,
      Customers customers,
      Products products,
      UserManagement users,
      Stock stock,
      Clock clock) {
    this.orders = orders;
    this.fulfilment = fulfilment;
    this.customers = customers;
    this.products = products;
    this.users = users;
    this.stock = stock;
    this.clock = clock;
  }

  @Override
  public int getOrder() {
    return 400;
  }

  @Override
  public void load() {
    List<CustomerSummary> all = customers.search("", 100);
    List<Long> portal = new ArrayList<>();
    all.stream()
        .filter(c -> PORTAL_EMAIL.equalsIgnoreCase(String.valueOf(c.email())))
        .findFirst()
        .ifPresent(
            contact -> {
              portal.add(contact.commercialEntityId());
              portal.add(contact.id());
            });
    Long salesperson =
        users
            .findByLogin("manager")
            .or(() -> users.activeUsers().stream().findFirst())
            .map(UserSummary::id)
            .orElse(null);
    load(
        all.stream().map(CustomerSummary::id).toList(),
        products.search("", 100),
        portal,
        salesperson);
  }

  /**
   * The demo orders for these customers and products; {@code portalCustomers} (the portal
   * customer's company and contact, may be empty) get the first four invoiced orders.
   */
  void load(
      List<Long> customerIds,
      List<ProductSummary> catalog,
      List<Long> portalCustomers,
      @Nullable Long salesperson) {
    List<ProductSummary> sellable = catalog.stream().filter(p -> p.saleOk() && p.active()).toList();
    if (customerIds.isEmpty() || sellable.isEmpty()) {
      return;
    }
    DemoCatalog goods = new DemoCatalog(sellable, stock);
    LocalDate today = LocalDate.now(clock);
    int sequence = 0;
    for (int i = 0; i < INVOICED_ORDERS; i++) {
      boolean forPortal = i < 4 && !portalCustomers.isEmpty();
      long customer =
          forPortal
              ? portalCustomers.get(i % portalCustomers.size())
              : customerIds.get(i % customerIds.size());
      LocalDate date = today.minusDays(180 - 5L * sequence++);
      SalesOrderView order =
          confirmed(customer, date, salesperson, lines(goods, forPortal ? 0 : i));
      fulfilment.deliver(order);
      InvoiceView invoice = fulfilment.invoice(order, date.plusDays(3), today);
      if (invoice != null) {
        fulfilment.pay(invoice, i % 3, date.plusDays(12), today);
      }
    }
    for (int i = 0; i < 3; i++) {
      long customer = customerIds.get((i + 1) % customerIds.size());
      confirmed(customer, today.minusDays(6 - i), salesperson, lines(goods, i));
    }
    for (int i = 0; i < 3; i++) {
      long customer = customerIds.get((i + 2) % customerIds.size());
      fulfilment.deliver(
          confirmed(customer, today.minusDays(15 - i), salesperson, lines(goods, i + 1)));
    }
    for (int i = 0; i < 2; i++) {
      long customer = customerIds.get((i + 3) % customerIds.size());
      orders.create(
          new SalesOrderDraft(customer, today.minusDays(1 - i), salesperson, lines(goods, i + 2)));
    }
  }

  private SalesOrderView confirmed(
      long customer, LocalDate date, @Nullable Long salesperson, List<SalesOrderLineInput> lines) {
    SalesOrderView quotation =
        orders.create(new SalesOrderDraft(customer, date, salesperson, lines));
    return orders.confirm(quotation.id());
  }

  /**
   * The lines of the {@code variant}-th order: variant 0 a serial-tracked product with a service,
   * then lots with untracked goods, untracked goods with a serial, a service with lots. Tracked
   * goods are only taken while stock is left, other goods otherwise.
   */
  private List<SalesOrderLineInput> lines(DemoCatalog goods, int variant) {
    List<SalesOrderLineInput> lines = new ArrayList<>();
    switch (variant % 4) {
      case 0 -> {
        goods.serial(variant).ifPresent(p -> lines.add(line(p, 1)));
        goods.service(variant).ifPresent(p -> lines.add(line(p, 1)));
      }
      case 1 -> {
        goods.lot(variant).ifPresent(p -> lines.add(line(p, 2 + variant % 4)));
        goods.plain(variant).ifPresent(p -> lines.add(line(p, 1 + variant % 3)));
      }
      case 2 -> {
        goods.plain(variant + 1).ifPresent(p -> lines.add(line(p, 2)));
        goods.serial(variant).ifPresent(p -> lines.add(line(p, 1)));
      }
      default -> {
        goods.service(variant).ifPresent(p -> lines.add(line(p, 1 + variant % 2)));
        goods.lot(variant + 1).ifPresent(p -> lines.add(line(p, 3)));
      }
    }
    if (lines.isEmpty()) {
      lines.add(line(goods.any(variant), 1));
    }
    return lines;
  }

  /** A line at the catalog price; goods bought by three or more get 5 % off. */
  private static SalesOrderLineInput line(ProductSummary product, int quantity) {
    BigDecimal discount =
        product.type() == ProductType.GOODS && quantity >= 3 ? BigDecimal.valueOf(5) : null;
    return new SalesOrderLineInput(
        product.id(), null, BigDecimal.valueOf(quantity), null, discount, null);
  }
}
