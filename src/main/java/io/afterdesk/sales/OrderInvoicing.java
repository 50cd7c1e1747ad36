package io.afterdesk.sales;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.domain.SalesOrder;
import io.afterdesk.sales.domain.SalesOrderLine;
import io.afterdesk.sales.domain.ToInvoiceFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The draft invoice of what a confirmed order can invoice now. */
@Component
class OrderInvoicing {

  private final SalesOrderStore store;
  private final ToInvoiceFlag toInvoice;
  private final Transfers transfers;
  private final Invoices invoices;

  OrderInvoicing(
      SalesOrderStore store, ToInvoiceFlag toInvoice, Transfers transfers, Invoices invoices) {
    this.store = store;
    this.toInvoice = toInvoice;
    this.transfers = transfers;
    this.invoices = invoices;
  }

  long createInvoice(long id, @Nullable LocalDate invoiceDate) {
    SalesOrder order = store.lockAndLoad(id);
    if (order.state() != SalesOrderState.SALE) {
      throw new BusinessRuleException(
          "sales.order.invoice.not-confirmed", order.number(), order.state().name());
    }
    Map<Long, BigDecimal> invoiceable =
        order.invoiceable(transfers.deliveredQuantities(id), invoices.invoicedQuantities(id));
    if (invoiceable.isEmpty()) {
      throw new BusinessRuleException("sales.order.nothing-to-invoice");
    }
    long invoiceId =
        invoices.createDraft(
            new InvoiceDraft(
                order.customerId(),
                id,
                new DocumentRef(SalesOrders.DOCUMENT_TYPE, id),
                null,
                order.number(),
                invoiceDate,
                null,
                invoiceLines(order, invoiceable)));
    toInvoice.refresh(id);
    return invoiceId;
  }

  /** Each line carries the order line's id, price, discount and tax, so credits trace back. */
  private static List<InvoiceLineInput> invoiceLines(
      SalesOrder order, Map<Long, BigDecimal> invoiceable) {
    List<InvoiceLineInput> lines = new ArrayList<>();
    invoiceable.forEach(
        (lineId, quantity) -> {
          SalesOrderLine line = order.line(lineId);
          lines.add(
              new InvoiceLineInput(
                  line.productId(),
                  line.description(),
                  quantity,
                  line.unitPrice(),
                  line.discount(),
                  line.taxRate(),
                  lineId));
        });
    return lines;
  }
}
