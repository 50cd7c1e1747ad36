package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.refund.RefundChoices.Preview;
import io.afterdesk.aftersales.refund.RefundChoices.PreviewLine;
import io.afterdesk.common.LineAmounts;
import io.afterdesk.common.Money;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.Creditable;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What each button of the refund wizard credits on an invoice — the one computation the wizard
 * shows before the agent confirms and the action then credits. With a product filter both modes
 * keep only that product's lines. Reverse credits per line what is still creditable, and when some
 * of the product came back by a done return of the invoice's order, only the returned quantity not
 * yet credited; Reverse and Create Invoice credits everything still creditable. What is still
 * creditable is invoicing's answer ({@link Invoices#creditable}), which checks it again under the
 * invoice's lock.
 */
@Component
class RefundPreviews {

  private final Invoices invoices;
  private final Transfers transfers;

  RefundPreviews(Invoices invoices, Transfers transfers) {
    this.invoices = invoices;
    this.transfers = transfers;
  }

  Preview of(InvoiceView invoice, RefundMode mode, @Nullable Long productId) {
    Creditable creditable = invoices.creditable(InvoiceId.of(invoice.id()));
    Map<Long, BigDecimal> returned =
        mode != RefundMode.REVERSE || productId == null || invoice.salesOrderId() == null
            ? Map.of()
            : returnedPerOrderLine(invoice.salesOrderId());
    List<PreviewLine> lines = new ArrayList<>();
    Money amount = Money.zero(invoice.total().currency());
    for (InvoiceLineView line : invoice.lines()) {
      if (productId != null && !productId.equals(line.productId())) {
        continue;
      }
      BigDecimal left = creditable.quantityLeft(line.id());
      BigDecimal back =
          line.salesOrderLineId() == null ? null : returned.get(line.salesOrderLineId());
      if (back != null && back.signum() > 0) {
        BigDecimal credited = line.quantity().subtract(left);
        left = left.min(back.subtract(credited));
      }
      if (left.signum() <= 0) {
        continue;
      }
      LineAmounts amounts =
          LineAmounts.of(
              left,
              line.unitPrice().amount(),
              line.discount(),
              line.taxRate(),
              invoice.total().currency());
      Money total = amounts.subtotal().plus(amounts.tax());
      lines.add(
          new PreviewLine(
              line.id(),
              line.productId(),
              line.description(),
              left.stripTrailingZeros(),
              line.unitPrice().rounded(),
              total));
      amount = amount.plus(total);
    }
    return new Preview(List.copyOf(lines), amount.rounded());
  }

  /** Done quantities of the done returns of an order's deliveries, per sales order line. */
  private Map<Long, BigDecimal> returnedPerOrderLine(long salesOrderId) {
    Map<Long, BigDecimal> returned = new HashMap<>();
    for (TransferView t : transfers.ofSalesOrder(salesOrderId)) {
      if (t.kind() == TransferKind.RETURN && t.state() == TransferState.DONE) {
        for (MoveView m : t.moves()) {
          if (m.salesOrderLineId() != null) {
            returned.merge(m.salesOrderLineId(), m.doneQuantity(), BigDecimal::add);
          }
        }
      }
    }
    return returned;
  }
}
