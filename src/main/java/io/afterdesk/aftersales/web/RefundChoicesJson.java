package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.refund.RefundChoices;
import io.afterdesk.aftersales.refund.RefundMode;
import io.afterdesk.common.web.MoneyJson;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The refund wizard's defaults and choices as {@code GET /tickets/{id}/refund} answers them; each
 * invoice carries the preview of both buttons, keyed by mode.
 */
record RefundChoicesJson(
    long ticketId,
    String ticketReference,
    @Nullable Long customerId,
    @Nullable Long productId,
    @Nullable Long lotId,
    List<RefundChoices.ProductChoice> products,
    List<RefundChoices.LotChoice> lots,
    List<RefundChoices.OrderChoice> salesOrders,
    @Nullable Long salesOrderId,
    List<InvoiceChoiceJson> invoices,
    List<Long> invoiceIds,
    String reason,
    List<RefundChoices.JournalChoice> journals,
    @Nullable Long journalId,
    LocalDate reversalDate,
    List<io.afterdesk.aftersales.ReasonCodeView> reasonCodes,
    @Nullable String emptyReason,
    boolean paymentsWarning) {

  record PreviewLineJson(
      long invoiceLineId,
      @Nullable Long productId,
      String description,
      java.math.BigDecimal quantity,
      MoneyJson unitPrice,
      MoneyJson amount) {}

  /** What one button credits on the invoice: its lines and their amount (taxes included). */
  record PreviewJson(List<PreviewLineJson> lines, MoneyJson amount) {

    static PreviewJson of(RefundChoices.Preview preview) {
      return new PreviewJson(
          preview.lines().stream()
              .map(
                  l ->
                      new PreviewLineJson(
                          l.invoiceLineId(),
                          l.productId(),
                          l.description(),
                          l.quantity(),
                          MoneyJson.of(l.unitPrice()),
                          MoneyJson.of(l.amount())))
              .toList(),
          MoneyJson.of(preview.amount()));
    }
  }

  record InvoiceChoiceJson(
      long id,
      String number,
      LocalDate invoiceDate,
      @Nullable Long salesOrderId,
      long journalId,
      MoneyJson total,
      MoneyJson leftToCredit,
      MoneyJson paid,
      java.util.Map<RefundMode, PreviewJson> preview) {}

  static RefundChoicesJson of(RefundChoices c) {
    return new RefundChoicesJson(
        c.ticketId(),
        c.ticketReference(),
        c.customerId(),
        c.productId(),
        c.lotId(),
        c.products(),
        c.lots(),
        c.salesOrders(),
        c.salesOrderId(),
        c.invoices().stream()
            .map(
                i ->
                    new InvoiceChoiceJson(
                        i.id(),
                        i.number(),
                        i.invoiceDate(),
                        i.salesOrderId(),
                        i.journalId(),
                        MoneyJson.of(i.total()),
                        MoneyJson.of(i.leftToCredit()),
                        MoneyJson.of(i.paid()),
                        java.util.Map.of(
                            RefundMode.REVERSE,
                            PreviewJson.of(i.reverse()),
                            RefundMode.REVERSE_AND_CREATE_INVOICE,
                            PreviewJson.of(i.reverseAndInvoice()))))
            .toList(),
        c.invoiceIds(),
        c.reason(),
        c.journals(),
        c.journalId(),
        c.reversalDate(),
        c.reasonCodes(),
        c.emptyReason(),
        c.paymentsWarning());
  }
}
