package io.afterdesk.sales.demo;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.LotStock;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
  private final Customers customers;
  private final Products products;
  private final UserManagement users;
  private final Stock stock;
  private final Transfers transfers;
  private final Invoices invoices;

  SalesDemoData(
      SalesOrders orders,
      Customers customers,
      Products products,
      UserManagement users,
      Stock stock,
      Transfers transfers,
      Invoices invoices) {
    this.orders = orders;
    this.customers = customers;
    this.products = products;
    this.users = users;
    this.stock = stock;
    this.transfers = transfers;
    this.invoices = invoices;
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
    Catalog goods = new Catalog(sellable);
    LocalDate today = LocalDate.now();
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
      deliver(order);
      InvoiceView invoice = invoice(order, date.plusDays(3), today);
      if (invoice != null) {
        pay(invoice, i % 3, date.plusDays(12), today);
      }
    }
    for (int i = 0; i < 3; i++) {
      long customer = customerIds.get((i + 1) % customerIds.size());
      confirmed(customer, today.minusDays(6 - i), salesperson, lines(goods, i));
    }
    for (int i = 0; i < 3; i++) {
      long customer = customerIds.get((i + 2) % customerIds.size());
      deliver(confirmed(customer, today.minusDays(15 - i), salesperson, lines(goods, i + 1)));
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
  private List<SalesOrderLineInput> lines(Catalog goods, int variant) {
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

  /** Validates the order's deliveries as planned, choosing serials and lots in WH/Stock. */
  private void deliver(SalesOrderView order) {
    long warehouse = stock.locationNamed("WH/Stock").id();
    for (long deliveryId : order.deliveryIds()) {
      TransferView delivery = transfers.get(deliveryId);
      List<MoveDone> done = new ArrayList<>();
      for (MoveView move : delivery.moves()) {
        ProductSummary product = products.get(move.productId());
        List<Long> lots = new ArrayList<>();
        if (product.tracking() != Tracking.NONE) {
          List<LotStock> inStock = stock.lotsInStock(product.id(), warehouse);
          int wanted =
              product.tracking() == Tracking.SERIAL ? move.quantity().intValue() : inStock.size();
          inStock.stream().limit(wanted).forEach(l -> lots.add(l.lotId()));
        }
        done.add(new MoveDone(move.id(), move.quantity(), lots));
      }
      transfers.validate(deliveryId, done);
    }
  }

  private @Nullable InvoiceView invoice(SalesOrderView order, LocalDate date, LocalDate today) {
    SalesOrderView now = orders.get(order.id());
    if (!now.hasSomethingToInvoice()) {
      return null;
    }
    long invoiceId = orders.createInvoice(order.id(), date.isAfter(today) ? today : date);
    return invoices.post(invoiceId);
  }

  /** Kind 0: paid in full; 1: half paid; 2: not paid. */
  private void pay(InvoiceView invoice, int kind, LocalDate date, LocalDate today) {
    LocalDate when = date.isAfter(today) ? today : date;
    if (kind == 0) {
      invoices.registerPayment(invoice.id(), new PaymentRequest(null, null, when));
    } else if (kind == 1) {
      BigDecimal half =
          invoice.total().amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
      invoices.registerPayment(invoice.id(), new PaymentRequest(null, half, when));
    }
  }

  /** The sellable products by kind, and what is still in stock of the tracked ones. */
  private final class Catalog {

    private final List<ProductSummary> serials;
    private final List<ProductSummary> lots;
    private final List<ProductSummary> plain;
    private final List<ProductSummary> services;
    private final List<ProductSummary> all;
    private final long warehouse;

    Catalog(List<ProductSummary> sellable) {
      this.all = sellable;
      this.serials = of(sellable, ProductType.GOODS, Tracking.SERIAL);
      this.lots = of(sellable, ProductType.GOODS, Tracking.LOT);
      this.plain = of(sellable, ProductType.GOODS, Tracking.NONE);
      this.services = sellable.stream().filter(p -> p.type() == ProductType.SERVICE).toList();
      this.warehouse = stock.locationNamed("WH/Stock").id();
    }

    private static List<ProductSummary> of(
        List<ProductSummary> products, ProductType type, Tracking tracking) {
      return products.stream().filter(p -> p.type() == type && p.tracking() == tracking).toList();
    }

    /** A serial-tracked product with a serial in stock not promised to a ready delivery. */
    java.util.Optional<ProductSummary> serial(int index) {
      for (int i = 0; i < serials.size(); i++) {
        ProductSummary p = serials.get((index + i) % serials.size());
        if (!stock.lotsInStock(p.id(), warehouse).isEmpty()) {
          return java.util.Optional.of(p);
        }
      }
      return plain(index);
    }

    java.util.Optional<ProductSummary> lot(int index) {
      for (int i = 0; i < lots.size(); i++) {
        ProductSummary p = lots.get((index + i) % lots.size());
        if (stock.onHand(p.id(), warehouse).compareTo(BigDecimal.valueOf(6)) >= 0) {
          return java.util.Optional.of(p);
        }
      }
      return plain(index);
    }

    java.util.Optional<ProductSummary> plain(int index) {
      for (int i = 0; i < plain.size(); i++) {
        ProductSummary p = plain.get((index + i) % plain.size());
        if (stock.onHand(p.id(), warehouse).compareTo(BigDecimal.valueOf(4)) >= 0) {
          return java.util.Optional.of(p);
        }
      }
      return service(index);
    }

    java.util.Optional<ProductSummary> service(int index) {
      return services.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(services.get(index % services.size()));
    }

    ProductSummary any(int index) {
      return service(index).orElse(all.get(index % all.size()));
    }
  }
}
