package io.afterdesk.invoicing.web;

import io.afterdesk.common.web.MoneyJson;
import io.afterdesk.invoicing.PaymentView;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A payment as the API answers it. */
record PaymentResponse(
    long id,
    long journalId,
    String journalCode,
    long customerId,
    MoneyJson amount,
    LocalDate date,
    @Nullable Long invoiceId,
    @Nullable String invoiceNumber) {

  static PaymentResponse of(PaymentView p) {
    return new PaymentResponse(
        p.id(),
        p.journalId(),
        p.journalCode(),
        p.customerId(),
        MoneyJson.of(p.amount()),
        p.date(),
        p.invoiceId(),
        p.invoiceNumber());
  }
}
