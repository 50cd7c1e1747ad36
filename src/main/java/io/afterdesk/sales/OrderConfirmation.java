package io.afterdesk.sales;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.domain.SalesOrder;
import io.afterdesk.sales.domain.ToInvoiceFlag;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Confirmation of a quotation with its delivery, and cancellation of an order with its open
 * documents: the two commands whose effect reaches into inventory and invoicing.
 */
@Component
class OrderConfirmation {

  private final SalesOrderStore store;
  private final ToInvoiceFlag toInvoice;
  private final Transfers transfers;
  private final Invoices invoices;
  private final Clock clock;

  OrderConfirmation(
      SalesOrderStore store,
      ToInvoiceFlag toInvoice,
      Transfers transfers,
      Invoices invoices,
      Clock clock) {
    this.store = store;
    this.toInvoice = toInvoice;
    this.transfers = transfers;
    this.invoices = invoices;
    this.clock = clock;
  }

  SalesOrder confirm(long id) {
    SalesOrder order = store.lockAndLoad(id);
    order.confirm(clock.instant());
    order = store.save(order);
    createDelivery(order);
    toInvoice.refresh(id);
    return order;
  }

  /** A ready transfer of the goods lines; none when every line is a service. */
  private void createDelivery(SalesOrder order) {
    List<TransferLine> goods =
        order.goodsLines().stream()
            .map(l -> new TransferLine(l.productId(), l.quantity(), l.id()))
            .toList();
    if (goods.isEmpty()) {
      return;
    }
    transfers.createDelivery(
        new DeliveryRequest(
            order.customerId(),
            order.id(),
            order.number(),
            new DocumentRef(SalesOrders.DOCUMENT_TYPE, order.id()),
            goods));
  }

  SalesOrder cancel(long id) {
    SalesOrder order = store.lockAndLoad(id);
    boolean confirmed = order.state() == SalesOrderState.SALE;
    order.cancel();
    if (confirmed) {
      cancelDocuments(order);
    }
    order = store.save(order);
    toInvoice.refresh(id);
    return order;
  }

  /**
   * Cancels the open deliveries and draft invoices of a confirmed order, refusing (409 naming the
   * document) when a delivery is done or an invoice posted: those are never undone.
   */
  private void cancelDocuments(SalesOrder order) {
    List<TransferView> documents = transfers.ofSalesOrder(order.id());
    for (TransferView transfer : documents) {
      if (transfer.state() == TransferState.DONE) {
        throw new BusinessRuleException(
            "sales.order.cancel.delivered", order.number(), transfer.number());
      }
    }
    List<InvoiceRow> bills = invoices.ofSalesOrder(order.id());
    for (InvoiceRow invoice : bills) {
      if (invoice.state() == InvoiceState.POSTED) {
        throw new BusinessRuleException(
            "sales.order.cancel.invoiced", order.number(), String.valueOf(invoice.number()));
      }
    }
    documents.stream()
        .filter(t -> t.state() != TransferState.CANCELLED)
        .forEach(t -> transfers.cancel(t.id()));
    bills.stream()
        .filter(i -> i.state() == InvoiceState.DRAFT)
        .forEach(i -> invoices.cancel(i.id()));
  }
}
