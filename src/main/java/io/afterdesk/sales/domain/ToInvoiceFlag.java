package io.afterdesk.sales.domain;

import io.afterdesk.inventory.TransferCancelled;
import io.afterdesk.inventory.TransferDone;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceCancelled;
import io.afterdesk.invoicing.InvoicePosted;
import io.afterdesk.invoicing.Invoices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the "to invoice" flag of the order list true to the documents: recomputed after sales' own
 * actions and, in the same transaction, when a delivery or return of an order is done or cancelled
 * and when one of its invoices or credit notes is posted or cancelled. (A draft invoice of an order
 * edited by hand publishes nothing: the flag follows at the order's next change; the order's page
 * always shows the live quantities.)
 */
@Component
public class ToInvoiceFlag {

  private final SalesOrderRepository orders;
  private final SalesOrderQueries queries;
  private final Transfers transfers;
  private final Invoices invoices;

  ToInvoiceFlag(
      SalesOrderRepository orders,
      SalesOrderQueries queries,
      Transfers transfers,
      Invoices invoices) {
    this.orders = orders;
    this.queries = queries;
    this.transfers = transfers;
    this.invoices = invoices;
  }

  public void refresh(long orderId) {
    orders
        .findById(orderId)
        .ifPresent(
            order ->
                queries.setToInvoice(
                    orderId,
                    !order
                        .invoiceable(
                            transfers.deliveredQuantities(orderId),
                            invoices.invoicedQuantities(orderId))
                        .isEmpty()));
  }

  @EventListener
  void on(TransferDone event) {
    if (event.salesOrderId() != null) {
      refresh(event.salesOrderId());
    }
  }

  @EventListener
  void on(TransferCancelled event) {
    if (event.salesOrderId() != null) {
      refresh(event.salesOrderId());
    }
  }

  @EventListener
  void on(InvoicePosted event) {
    if (event.salesOrderId() != null) {
      refresh(event.salesOrderId());
    }
  }

  @EventListener
  void on(InvoiceCancelled event) {
    if (event.salesOrderId() != null) {
      refresh(event.salesOrderId());
    }
  }
}
