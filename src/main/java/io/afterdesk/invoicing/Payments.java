package io.afterdesk.invoicing;

import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.invoicing.domain.PaymentQueries;
import io.afterdesk.invoicing.domain.PaymentRegistration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The payments of invoices: registering one, and reading them. Callers check who may pay. */
@Service
@Transactional
public class Payments {

  private final PaymentRegistration registration;
  private final PaymentQueries queries;

  Payments(PaymentRegistration registration, PaymentQueries queries) {
    this.registration = registration;
    this.queries = queries;
  }

  /**
   * Registers a payment of a posted invoice and matches it; answers the payment id. The invoice row
   * is locked while the residual is checked, so two payments at once never take it below zero (409
   * "exceeds the residual" for the second). {@link InvoicePaid} is published when it becomes PAID.
   */
  public long register(long invoiceId, PaymentRequest request) {
    return registration.register(invoiceId, request);
  }

  /** One page of payments, newest first, of a customer and/or an invoice when given. */
  @Transactional(readOnly = true)
  public PageResponse<PaymentView> page(
      @Nullable Long customerId, @Nullable Long invoiceId, PageQuery query) {
    return queries.page(customerId, invoiceId, query);
  }

  /** A payment, or 404. */
  @Transactional(readOnly = true)
  public PaymentView get(long paymentId) {
    return queries.find(paymentId).orElseThrow(() -> new NotFoundException("Payment", paymentId));
  }
}
