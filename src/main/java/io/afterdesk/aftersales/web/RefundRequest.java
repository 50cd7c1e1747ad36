package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.refund.RefundCommand;
import io.afterdesk.aftersales.refund.RefundFilter;
import io.afterdesk.aftersales.refund.RefundMode;
import io.afterdesk.common.TextLimits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /tickets/{id}/refund}. {@code productId} and {@code lotId} are the
 * wizard's filters as {@code GET} answered them: absent = the ticket's, {@code null} = no filter
 * ("—"). A class (not a record) so that an absent field can be told from an explicit null.
 */
class RefundRequest {

  private @Nullable Long salesOrderId;
  private @NotEmpty @Nullable List<Long> invoiceIds;
  private @Size(max = TextLimits.REASON) @Nullable String reason;
  private @Nullable Long journalId;
  private @NotNull @Nullable LocalDate reversalDate;
  private @NotNull @Size(max = TextLimits.CODE) @Nullable String reasonCode;
  private @NotNull @Nullable RefundMode mode;
  private @Nullable Long productId;
  private boolean productGiven;
  private @Nullable Long lotId;
  private boolean lotGiven;

  RefundCommand toCommand() {
    RefundFilter filter =
        new RefundFilter(
            salesOrderId, salesOrderId != null, productId, productGiven, lotId, lotGiven);
    return new RefundCommand(
        salesOrderId,
        invoiceIds == null ? List.of() : invoiceIds,
        reason,
        journalId,
        reversalDate,
        reasonCode,
        mode,
        filter);
  }

  public @Nullable Long getSalesOrderId() {
    return salesOrderId;
  }

  public void setSalesOrderId(@Nullable Long salesOrderId) {
    this.salesOrderId = salesOrderId;
  }

  public @Nullable List<Long> getInvoiceIds() {
    return invoiceIds;
  }

  public void setInvoiceIds(@Nullable List<Long> invoiceIds) {
    this.invoiceIds = invoiceIds;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }

  public @Nullable Long getJournalId() {
    return journalId;
  }

  public void setJournalId(@Nullable Long journalId) {
    this.journalId = journalId;
  }

  public @Nullable LocalDate getReversalDate() {
    return reversalDate;
  }

  public void setReversalDate(@Nullable LocalDate reversalDate) {
    this.reversalDate = reversalDate;
  }

  public @Nullable String getReasonCode() {
    return reasonCode;
  }

  public void setReasonCode(@Nullable String reasonCode) {
    this.reasonCode = reasonCode;
  }

  public @Nullable RefundMode getMode() {
    return mode;
  }

  public void setMode(@Nullable RefundMode mode) {
    this.mode = mode;
  }

  public @Nullable Long getProductId() {
    return productId;
  }

  public void setProductId(@Nullable Long productId) {
    this.productId = productId;
    this.productGiven = true;
  }

  public @Nullable Long getLotId() {
    return lotId;
  }

  public void setLotId(@Nullable Long lotId) {
    this.lotId = lotId;
    this.lotGiven = true;
  }
}
