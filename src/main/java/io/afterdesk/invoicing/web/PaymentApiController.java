package io.afterdesk.invoicing.web;

import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.JournalView;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.invoicing.Payments;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payments of an invoice, {@code /api/v1/payments} and {@code /api/v1/journals}: every staff
 * member reads, admins and managers pay (agents get 403).
 */
@RestController
@RequestMapping("/api/v1")
class PaymentApiController {

  private final Invoices invoices;
  private final Payments payments;

  PaymentApiController(Invoices invoices, Payments payments) {
    this.invoices = invoices;
    this.payments = payments;
  }

  /** Runs before the body is read, so an agent gets 403 whatever the body holds. */
  @ModelAttribute
  void onlyEditorsChange(HttpServletRequest request) {
    InvoicingPermissions.requireEditToChange(request);
  }

  @GetMapping("/invoices/{id}/payments")
  PageResponse<PaymentResponse> paymentsOf(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    invoices.get(id);
    return payments.page(null, id, PageQuery.of(page, size, null, null)).map(PaymentResponse::of);
  }

  @PostMapping("/invoices/{id}/payments")
  ResponseEntity<PaymentResponse> pay(@PathVariable long id, @RequestBody PaymentBody body) {
    invoices.get(id);
    long paymentId =
        payments.register(
            id,
            new PaymentRequest(
                body.journalId(),
                body.amount() == null
                    ? null
                    : body.amount().amountIn(invoices.currency(), "amount"),
                body.date()));
    return ResponseEntity.created(URI.create("/api/v1/payments/" + paymentId))
        .body(PaymentResponse.of(payments.get(paymentId)));
  }

  @GetMapping("/payments")
  PageResponse<PaymentResponse> payments(
      @RequestParam(required = false) @Nullable Long customerId,
      @RequestParam(required = false) @Nullable Long invoiceId,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return payments
        .page(customerId, invoiceId, PageQuery.of(page, size, null, q))
        .map(PaymentResponse::of);
  }

  @GetMapping("/payments/{id}")
  PaymentResponse payment(@PathVariable long id) {
    return PaymentResponse.of(payments.get(id));
  }

  @GetMapping("/journals")
  PageResponse<JournalView> journals() {
    List<JournalView> all = invoices.journals();
    return new PageResponse<>(all, 0, Math.max(all.size(), 1), all.size());
  }
}
