package io.afterdesk.sales;

import io.afterdesk.common.Money;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.domain.SalesOrder;
import io.afterdesk.sales.domain.SalesOrderLine;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An order as readers see it: its lines with the live delivered and invoiced quantities (asked of
 * inventory and invoicing, never stored in sales) and the documents made from it.
 */
@Component
class SalesOrderViews {

  private final Transfers transfers;
  private final Invoices invoices;

  SalesOrderViews(Transfers transfers, Invoices invoices) {
    this.transfers = transfers;
    this.invoices = invoices;
  }

  SalesOrderView view(SalesOrder order) {
    long id = order.id();
    List<TransferView> documents =
        order.confirmedAt() == null ? List.of() : transfers.ofSalesOrder(id);
    List<InvoiceRow> bills = invoices.ofSalesOrder(id);
    return new SalesOrderView(
        id,
        order.version() == null ? 0 : order.version(),
        order.number(),
        order.state(),
        order.customerId(),
        order.orderDate(),
        order.salespersonId(),
        lines(order),
        order.untaxed(),
        order.tax(),
        order.total(),
        transfersOf(documents, TransferKind.DELIVERY),
        transfersOf(documents, TransferKind.RETURN),
        invoicesOf(bills, InvoiceKind.INVOICE),
        invoicesOf(bills, InvoiceKind.CREDIT_NOTE),
        order.createdAt(),
        order.confirmedAt());
  }

  private List<SalesOrderLineView> lines(SalesOrder order) {
    Map<Long, BigDecimal> delivered = transfers.deliveredQuantities(order.id());
    Map<Long, BigDecimal> invoiced = invoices.invoicedQuantities(order.id());
    Map<Long, BigDecimal> invoiceable = order.invoiceable(delivered, invoiced);
    Currency currency = order.currency();
    return order.lines().stream()
        .map(
            l ->
                new SalesOrderLineView(
                    l.id(),
                    l.productId(),
                    l.productType(),
                    l.description(),
                    l.quantity(),
                    new Money(l.unitPrice(), currency),
                    l.discount(),
                    l.taxRate(),
                    new Money(l.subtotal(), currency),
                    new Money(l.tax(), currency),
                    quantityOf(delivered, l),
                    quantityOf(invoiced, l),
                    quantityOf(invoiceable, l)))
        .toList();
  }

  private static BigDecimal quantityOf(Map<Long, BigDecimal> perLine, SalesOrderLine line) {
    return perLine.getOrDefault(line.id(), BigDecimal.ZERO);
  }

  private static List<Long> transfersOf(List<TransferView> documents, TransferKind kind) {
    return documents.stream().filter(t -> t.kind() == kind).map(TransferView::id).toList();
  }

  private static List<Long> invoicesOf(List<InvoiceRow> bills, InvoiceKind kind) {
    return bills.stream().filter(i -> i.kind() == kind).map(InvoiceRow::id).toList();
  }
}
