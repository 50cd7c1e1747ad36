package io.afterdesk.aftersales.refund;

import io.afterdesk.catalog.Products;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceSummaries;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.Customers;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which invoices a ticket may refund: the posted customer invoices of the ticket customer's
 * commercial entity (partner answers who belongs to it), kept by the wizard's filters — the product
 * (the ticket's unless chosen), a lot of that product (shipped by a done delivery of the invoice's
 * order) and the sales order. The dialog offers exactly these and the action accepts only these.
 */
@Component
class RefundEligibility {

  private final Customers customers;
  private final Invoices invoices;
  private final InvoiceSummaries summaries;
  private final Transfers transfers;
  private final Products catalog;

  RefundEligibility(
      Customers customers,
      Invoices invoices,
      InvoiceSummaries summaries,
      Transfers transfers,
      Products catalog) {
    this.customers = customers;
    this.invoices = invoices;
    this.summaries = summaries;
    this.transfers = transfers;
    this.catalog = catalog;
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

  /** The posted invoices of the customer's commercial entity, latest first. */
  List<InvoiceView> postedInvoicesOf(long customerId) {
    return summaries.postedInvoicesOf(entityMembers(customerId));
  }

  /** Whether a done delivery of the invoice's order shipped the lot (always, without a lot). */
  boolean shippedLot(InvoiceView invoice, @Nullable Long productId, @Nullable Long lotId) {
    return shippingLot(List.of(invoice), productId, lotId).test(invoice);
  }

  /**
   * {@link #shippedLot} for each of these invoices, asked of inventory once for all their orders.
   */
  Predicate<InvoiceView> shippingLot(
      Collection<InvoiceView> shown, @Nullable Long productId, @Nullable Long lotId) {
    if (lotId == null) {
      return invoice -> true;
    }
    Set<Long> orders =
        transfers.ordersThatShippedLot(
            shown.stream().map(InvoiceView::salesOrderId).filter(Objects::nonNull).toList(),
            productId,
            lotId);
    return invoice -> invoice.salesOrderId() != null && orders.contains(invoice.salesOrderId());
  }
}
