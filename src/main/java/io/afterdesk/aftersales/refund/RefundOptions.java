package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.refund.RefundChoices.InvoiceChoice;
import io.afterdesk.aftersales.refund.RefundChoices.JournalChoice;
import io.afterdesk.aftersales.refund.RefundChoices.LotChoice;
import io.afterdesk.aftersales.refund.RefundChoices.OrderChoice;
import io.afterdesk.aftersales.refund.RefundChoices.Preview;
import io.afterdesk.aftersales.refund.RefundChoices.ProductChoice;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceFilter;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.JournalView;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the refund wizard offers for a ticket: the refundable posted invoices of the customer's
 * commercial entity, filtered by sales order, product and lot (a lot keeps the invoices of orders
 * whose done deliveries shipped it), the orders they belong to, the journals of the same type.
 */
@Component
class RefundOptions {

  private final Customers customers;
  private final Invoices invoices;
  private final SalesOrders salesOrders;
  private final Transfers transfers;
  private final ReasonCodes reasonCodes;
  private final RefundPreviews previews;
  private final Products catalog;

  RefundOptions(
      Customers customers,
      Invoices invoices,
      SalesOrders salesOrders,
      Transfers transfers,
      ReasonCodes reasonCodes,
      RefundPreviews previews,
      Products catalog) {
    this.previews = previews;
    this.catalog = catalog;
    this.customers = customers;
    this.invoices = invoices;
    this.salesOrders = salesOrders;
    this.transfers = transfers;
    this.reasonCodes = reasonCodes;
  }

  static String defaultReason(TicketView ticket) {
    return "Helpdesk Ticket " + ticket.reference();
  }

  RefundChoices choices(TicketView ticket, RefundFilter filter, LocalDate today) {
    Long product = productOf(ticket, filter);
    Long lot = lotOf(ticket, filter, product);
    List<InvoiceChoice> refundable = new ArrayList<>();
    Map<Long, ProductChoice> products = new LinkedHashMap<>();
    String emptyReason = null;
    if (ticket.customerId() == null) {
      emptyReason = "aftersales.refund.empty.no-customer";
    } else {
      for (InvoiceView invoice : postedInvoicesOf(ticket.customerId())) {
        InvoiceChoice choice = choice(invoice, product);
        addProducts(product == null ? choice : choice(invoice, null), products);
        if (!choice.reverseAndInvoice().isEmpty() && shippedLot(invoice, product, lot)) {
          refundable.add(choice);
        }
      }
      if (refundable.isEmpty()) {
        emptyReason =
            product == null
                ? "aftersales.refund.empty.no-invoice"
                : "aftersales.refund.empty.no-invoice-for-product";
      }
    }
    if (product != null && !products.containsKey(product)) {
      catalog.find(product).ifPresent(p -> products.put(p.id(), productChoice(p)));
    }
    List<OrderChoice> orders = ordersOf(refundable);
    Long order = orderOf(ticket, filter, orders);
    List<InvoiceChoice> offered =
        refundable.stream()
            .filter(i -> order == null || Objects.equals(order, i.salesOrderId()))
            .toList();
    List<Long> defaults = offered.stream().map(InvoiceChoice::id).toList();
    Long journalId = offered.isEmpty() ? null : offered.get(0).journalId();
    boolean paymentsWarning = offered.stream().anyMatch(i -> i.paid().amount().signum() > 0);
    if (emptyReason == null && offered.isEmpty()) {
      emptyReason = "aftersales.refund.empty.no-invoice-for-order";
    }
    return new RefundChoices(
        ticket.id(),
        ticket.reference(),
        ticket.customerId(),
        product,
        lot,
        List.copyOf(products.values()),
        lotsOf(product),
        orders,
        order,
        offered,
        defaults,
        defaultReason(ticket),
        journalsLike(journalId),
        journalId,
        today,
        reasonCodes.active(),
        emptyReason,
        paymentsWarning);
  }

  /** The product filter: the chosen one ("—" = none), else the ticket's. */
  static @Nullable Long productOf(TicketView ticket, RefundFilter filter) {
    return filter.productChosen() ? filter.productId() : ticket.productId();
  }

  /** The lot filter: only with a tracked product, and only a lot of that product. */
  @Nullable Long lotOf(TicketView ticket, RefundFilter filter, @Nullable Long product) {
    if (product == null) {
      return null;
    }
    Long lot =
        filter.lotChosen()
            ? filter.lotId()
            : Objects.equals(product, ticket.productId()) ? ticket.lotId() : null;
    if (lot == null) {
      return null;
    }
    return catalog.findLot(lot).filter(l -> l.productId() == product).isPresent() ? lot : null;
  }

  /** The chosen order ("—" = any order of the customer), else the ticket's, else the latest. */
  private static @Nullable Long orderOf(
      TicketView ticket, RefundFilter filter, List<OrderChoice> orders) {
    if (filter.salesOrderChosen()) {
      return filter.salesOrderId();
    }
    if (ticket.salesOrderId() != null
        && orders.stream().anyMatch(o -> o.id() == ticket.salesOrderId())) {
      return ticket.salesOrderId();
    }
    return orders.isEmpty() ? null : orders.get(0).id();
  }

  private void addProducts(InvoiceChoice choice, Map<Long, ProductChoice> products) {
    for (RefundChoices.PreviewLine line : choice.reverseAndInvoice().lines()) {
      Long id = line.productId();
      if (id != null && !products.containsKey(id)) {
        catalog.find(id).ifPresent(p -> products.put(id, productChoice(p)));
      }
    }
  }

  private static ProductChoice productChoice(ProductSummary product) {
    return new ProductChoice(
        product.id(), product.displayName(), product.tracking() != Tracking.NONE);
  }

  private List<LotChoice> lotsOf(@Nullable Long product) {
    if (product == null
        || catalog.find(product).map(p -> p.tracking() == Tracking.NONE).orElse(true)) {
      return List.of();
    }
    return catalog.lotsOf(product).stream().map(l -> new LotChoice(l.id(), l.name())).toList();
  }

  /**
   * An invoice the ticket may refund: 422 unknown, not a customer invoice, of another commercial
   * entity, another order than the chosen one, without the chosen product or not shipping the
   * chosen lot; 409 "You can only reverse posted moves." when it is not posted.
   */
  InvoiceView requireRefundableBy(
      TicketView ticket,
      long invoiceId,
      @Nullable Long salesOrderId,
      @Nullable Long productId,
      @Nullable Long lotId) {
    InvoiceView invoice =
        invoices
            .find(invoiceId)
            .filter(i -> i.kind() == InvoiceKind.INVOICE)
            .orElseThrow(
                () ->
                    FieldValidationException.of("invoiceIds", "aftersales.refund.invoice.unknown"));
    if (ticket.customerId() == null
        || !entityMembers(ticket.customerId()).contains(invoice.customerId())) {
      throw FieldValidationException.of("invoiceIds", "aftersales.refund.invoice.other-customer");
    }
    if (salesOrderId != null && !salesOrderId.equals(invoice.salesOrderId())) {
      throw FieldValidationException.of("invoiceIds", "aftersales.refund.invoice.other-order");
    }
    if (!invoice.isPosted()) {
      throw new BusinessRuleException("invoicing.credit-note.reverse-posted-only");
    }
    if (productId != null
        && invoice.lines().stream().noneMatch(l -> productId.equals(l.productId()))) {
      throw FieldValidationException.of("invoiceIds", "aftersales.refund.invoice.other-product");
    }
    if (!shippedLot(invoice, productId, lotId)) {
      throw FieldValidationException.of("invoiceIds", "aftersales.refund.invoice.other-lot");
    }
    return invoice;
  }

  private Set<Long> entityMembers(long customerId) {
    return customers.commercialEntityMembers(customerId);
  }

  private List<InvoiceView> postedInvoicesOf(long customerId) {
    List<InvoiceView> result = new ArrayList<>();
    for (long member : entityMembers(customerId)) {
      int page = 0;
      while (true) {
        PageResponse<InvoiceRow> rows =
            invoices.page(
                new InvoiceFilter(
                    InvoiceKind.INVOICE, InvoiceState.POSTED, null, member, null, null),
                PageQuery.of(page, PageQuery.MAX_SIZE, null, null));
        rows.items().forEach(row -> invoices.find(row.id()).ifPresent(result::add));
        if ((long) (page + 1) * PageQuery.MAX_SIZE >= rows.total()) {
          break;
        }
        page++;
      }
    }
    result.sort(
        Comparator.comparing(InvoiceView::invoiceDate).thenComparing(InvoiceView::id).reversed());
    return result;
  }

  private boolean shippedLot(InvoiceView invoice, @Nullable Long productId, @Nullable Long lotId) {
    if (lotId == null) {
      return true;
    }
    if (invoice.salesOrderId() == null) {
      return false;
    }
    return transfers.ofSalesOrder(invoice.salesOrderId()).stream()
        .filter(t -> t.kind() == TransferKind.DELIVERY && t.state() == TransferState.DONE)
        .flatMap(t -> t.moves().stream())
        .anyMatch(
            m -> (productId == null || m.productId() == productId) && m.lotIds().contains(lotId));
  }

  private InvoiceChoice choice(InvoiceView invoice, @Nullable Long product) {
    Preview reverse = previews.of(invoice, RefundMode.REVERSE, product);
    Preview full = previews.of(invoice, RefundMode.REVERSE_AND_CREATE_INVOICE, product);
    return new InvoiceChoice(
        invoice.id(),
        Objects.requireNonNull(invoice.number()),
        invoice.invoiceDate(),
        invoice.salesOrderId(),
        invoice.journalId(),
        invoice.total(),
        full.amount(),
        invoice.paid(),
        reverse,
        full);
  }

  /** The confirmed orders of the refundable invoices, latest first. */
  private List<OrderChoice> ordersOf(List<InvoiceChoice> refundable) {
    Map<Long, OrderChoice> orders = new LinkedHashMap<>();
    Map<Long, Optional<SalesOrderView>> cache = new HashMap<>();
    for (InvoiceChoice invoice : refundable) {
      Long id = invoice.salesOrderId();
      if (id == null || orders.containsKey(id)) {
        continue;
      }
      cache
          .computeIfAbsent(id, salesOrders::find)
          .filter(SalesOrderView::isConfirmed)
          .ifPresent(o -> orders.put(id, new OrderChoice(o.id(), o.number(), o.orderDate())));
    }
    return orders.values().stream()
        .sorted(
            Comparator.comparing(OrderChoice::orderDate).thenComparing(OrderChoice::id).reversed())
        .toList();
  }

  private List<JournalChoice> journalsLike(@Nullable Long journalId) {
    List<JournalView> all = invoices.journals();
    JournalView reference =
        journalId == null
            ? null
            : all.stream().filter(j -> j.id() == journalId).findFirst().orElse(null);
    return all.stream()
        .filter(j -> j.active() && (reference == null || j.type() == reference.type()))
        .map(j -> new JournalChoice(j.id(), j.code(), j.name(), j.nameVi()))
        .toList();
  }
}
