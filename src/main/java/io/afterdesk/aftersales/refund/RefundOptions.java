package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.refund.RefundChoices.InvoiceChoice;
import io.afterdesk.aftersales.refund.RefundChoices.OrderChoice;
import io.afterdesk.aftersales.refund.RefundChoices.Preview;
import io.afterdesk.aftersales.refund.RefundChoices.ProductChoice;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.invoicing.InvoiceView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the refund wizard offers for a ticket, put together: the refundable invoices ({@link
 * RefundEligibility}) with the preview of each button ({@link RefundPreviews}), filtered by sales
 * order, the names around them ({@link RefundLookups}), the defaults and why nothing is offered.
 */
@Component
class RefundOptions {

  private final RefundEligibility eligibility;
  private final RefundLookups lookups;
  private final RefundPreviews previews;
  private final ReasonCodes reasonCodes;

  RefundOptions(
      RefundEligibility eligibility,
      RefundLookups lookups,
      RefundPreviews previews,
      ReasonCodes reasonCodes) {
    this.eligibility = eligibility;
    this.lookups = lookups;
    this.previews = previews;
    this.reasonCodes = reasonCodes;
  }

  static String defaultReason(TicketView ticket) {
    return "Helpdesk Ticket " + ticket.reference();
  }

  RefundChoices choices(TicketView ticket, RefundFilter filter, LocalDate today) {
    Long product = RefundEligibility.productOf(ticket, filter);
    Long lot = eligibility.lotOf(ticket, filter, product);
    List<InvoiceChoice> refundable = new ArrayList<>();
    List<InvoiceChoice> listed = new ArrayList<>();
    String emptyReason = null;
    if (ticket.customerId() == null) {
      emptyReason = "aftersales.refund.empty.no-customer";
    } else {
      List<InvoiceView> posted = eligibility.postedInvoicesOf(ticket.customerId());
      RefundPreviews.Facts facts = previews.factsOf(posted, product);
      Predicate<InvoiceView> shipsLot = eligibility.shippingLot(posted, product, lot);
      for (InvoiceView invoice : posted) {
        InvoiceChoice choice = choice(invoice, product, facts);
        listed.add(product == null ? choice : choice(invoice, null, facts));
        if (!choice.reverseAndInvoice().isEmpty() && shipsLot.test(invoice)) {
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
    List<ProductChoice> products = lookups.productsOf(listed, product);
    List<OrderChoice> orders = lookups.ordersOf(refundable);
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
        products,
        lookups.lotsOf(product),
        orders,
        order,
        offered,
        defaults,
        defaultReason(ticket),
        lookups.journalsLike(journalId),
        journalId,
        today,
        reasonCodes.active(),
        emptyReason,
        paymentsWarning);
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

  private InvoiceChoice choice(
      InvoiceView invoice, @Nullable Long product, RefundPreviews.Facts facts) {
    Preview reverse = previews.of(invoice, RefundMode.REVERSE, product, facts);
    Preview full = previews.of(invoice, RefundMode.REVERSE_AND_CREATE_INVOICE, product, facts);
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
}
