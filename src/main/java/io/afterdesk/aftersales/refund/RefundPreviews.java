package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.refund.RefundChoices.Preview;
import io.afterdesk.aftersales.refund.RefundChoices.PreviewLine;
import io.afterdesk.common.LineAmounts;
import io.afterdesk.common.Money;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.Creditable;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceSummaries;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

  /**
   * What the previews of many invoices need, asked once for all of them: what invoicing still lets
   * each credit, and per sales order what done returns brought back per order line.
   */
  record Facts(Map<InvoiceId, Creditable> creditable, Map<Long, Map<Long, BigDecimal>> returned) {

    Creditable creditableOf(InvoiceView invoice) {
      InvoiceId id = InvoiceId.of(invoice.id());
      return creditable.getOrDefault(
          id, new Creditable(id, Map.of(), Money.zero(invoice.total().currency())));
    }

    Map<Long, BigDecimal> returnedOf(InvoiceView invoice) {
      Long order = invoice.salesOrderId();
      return order == null ? Map.of() : returned.getOrDefault(order, Map.of());
    }
  }

  private final Invoices invoices;
  private final InvoiceSummaries summaries;
  private final Transfers transfers;

  RefundPreviews(Invoices invoices, InvoiceSummaries summaries, Transfers transfers) {
    this.invoices = invoices;
    this.summaries = summaries;
    this.transfers = transfers;
  }

  /**
   * The facts the previews of these invoices need (returns only matter with a product filter), in a
   * fixed number of queries.
   */
  Facts factsOf(Collection<InvoiceView> shown, @Nullable Long productId) {
    List<Long> orders =
        productId == null
            ? List.of()
            : shown.stream().map(InvoiceView::salesOrderId).filter(Objects::nonNull).toList();
    return new Facts(
        summaries.creditable(shown.stream().map(i -> InvoiceId.of(i.id())).toList()),
        transfers.returnedQuantities(Set.copyOf(orders)));
  }

  /** The preview of one invoice, asking invoicing for its caps (404 out of reach). */
  Preview of(InvoiceView invoice, RefundMode mode, @Nullable Long productId) {
    InvoiceId id = InvoiceId.of(invoice.id());
    Long order = invoice.salesOrderId();
    Map<Long, Map<Long, BigDecimal>> returned =
        mode != RefundMode.REVERSE || productId == null || order == null
            ? Map.of()
            : Map.of(order, transfers.returnedQuantities(order));
    return of(invoice, mode, productId, new Facts(Map.of(id, invoices.creditable(id)), returned));
  }

  Preview of(InvoiceView invoice, RefundMode mode, @Nullable Long productId, Facts facts) {
    Creditable creditable = facts.creditableOf(invoice);
    Map<Long, BigDecimal> returned =
        mode != RefundMode.REVERSE || productId == null ? Map.of() : facts.returnedOf(invoice);
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
}
