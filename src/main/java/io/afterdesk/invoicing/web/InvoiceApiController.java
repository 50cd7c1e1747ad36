package io.afterdesk.invoicing.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.web.JsonPatches;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.DraftChanges;
import io.afterdesk.invoicing.InvoiceEditing;
import io.afterdesk.invoicing.InvoiceFilter;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceResponse;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.JournalView;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.invoicing.PaymentState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/invoices} (invoices and credit notes), their payments and PDF, {@code
 * /api/v1/payments} and {@code /api/v1/journals}: every staff member reads, admins and managers
 * change (agents get 403).
 */
@RestController
@RequestMapping("/api/v1")
class InvoiceApiController {

  private final Invoices invoices;
  private final JsonPatches patches;
  private final InvoiceEditing editing;

  InvoiceApiController(Invoices invoices, JsonPatches patches, InvoiceEditing editing) {
    this.invoices = invoices;
    this.patches = patches;
    this.editing = editing;
  }

  /**
   * Runs before the body is read, so an agent gets 403 whatever the body holds (a PATCH is checked
   * by {@link #patch}: agents may edit the draft credit notes of their tickets).
   */
  @ModelAttribute
  void onlyEditorsChange(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        && !"HEAD".equals(request.getMethod())
        && !InvoicingPermissions.isDraftEdit(request.getMethod(), request.getRequestURI())) {
      Permissions.requireManagerOrAdmin("change invoices");
    }
  }

  @GetMapping("/invoices")
  PageResponse<InvoiceResponse> list(
      @RequestParam(required = false) @Nullable InvoiceKind type,
      @RequestParam(required = false) @Nullable InvoiceState state,
      @RequestParam(required = false) @Nullable PaymentState paymentState,
      @RequestParam(required = false) @Nullable Long customerId,
      @RequestParam(required = false) @Nullable Long salesOrderId,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort) {
    return invoices
        .page(
            new InvoiceFilter(type, state, paymentState, customerId, salesOrderId, null),
            PageQuery.of(page, size, sort, q))
        .map(InvoiceResponse::of);
  }

  @GetMapping("/invoices/{id}")
  InvoiceResponse get(@PathVariable long id) {
    return InvoiceResponse.of(invoices.get(id));
  }

  @PostMapping("/invoices")
  ResponseEntity<InvoiceResponse> create(@Valid @RequestBody InvoiceRequest request) {
    long id =
        request.type() == InvoiceKind.CREDIT_NOTE
            ? invoices.createCreditNote(request.toCreditNote(invoices.currency()))
            : invoices.createDraft(request.toDraft(invoices.currency()));
    return ResponseEntity.created(URI.create("/api/v1/invoices/" + id))
        .body(InvoiceResponse.of(invoices.get(id)));
  }

  /**
   * Draft only (409 otherwise): the fields present replace the draft's; lines are replaced (a
   * credit line left out or given quantity 0 is removed; a credit note keeps one line). An agent
   * may change only the lines of a draft credit note of their tickets (403 otherwise).
   */
  @PatchMapping("/invoices/{id}")
  InvoiceResponse patch(@PathVariable long id, @RequestBody JsonNode body) {
    InvoiceView current = invoices.get(id);
    editing.requireEditDraft(current);
    if (!Permissions.isManagerOrAdmin()
        && (body.has("customerId")
            || body.has("reference")
            || body.has("invoiceDate")
            || body.has("dueDate"))) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Agents change only the lines of a draft credit note");
    }
    if (!current.isDraft()) {
      throw new BusinessRuleException(
          "invoicing.invoice.not-draft",
          current.number() == null ? "" : current.number(),
          current.state().name());
    }
    InvoiceRequest merged = patches.merge(InvoiceRequest.of(current), body, InvoiceRequest.class);
    boolean lines = body.has("lines");
    DraftChanges changes =
        new DraftChanges(
            body.has("customerId") ? merged.customerId() : null,
            body.has("reference") ? (merged.reference() == null ? "" : merged.reference()) : null,
            merged.invoiceDate(),
            merged.dueDate(),
            lines && !current.isCreditNote() ? merged.invoiceLines(invoices.currency()) : null,
            lines && current.isCreditNote() ? merged.creditLines(invoices.currency()) : null);
    invoices.updateDraft(id, changes, null);
    return InvoiceResponse.of(invoices.get(id));
  }

  @PostMapping("/invoices/{id}/post")
  InvoiceResponse post(@PathVariable long id) {
    return InvoiceResponse.of(invoices.post(id));
  }

  @PostMapping("/invoices/{id}/cancel")
  InvoiceResponse cancel(@PathVariable long id) {
    return InvoiceResponse.of(invoices.cancel(id));
  }

  @GetMapping("/invoices/{id}/payments")
  PageResponse<PaymentResponse> paymentsOf(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    invoices.get(id);
    return invoices
        .payments(null, id, PageQuery.of(page, size, null, null))
        .map(PaymentResponse::of);
  }

  @PostMapping("/invoices/{id}/payments")
  ResponseEntity<PaymentResponse> pay(@PathVariable long id, @RequestBody PaymentBody body) {
    invoices.get(id);
    long paymentId =
        invoices.registerPayment(
            id,
            new PaymentRequest(
                body.journalId(),
                body.amount() == null
                    ? null
                    : body.amount().amountIn(invoices.currency(), "amount"),
                body.date()));
    return ResponseEntity.created(URI.create("/api/v1/payments/" + paymentId))
        .body(PaymentResponse.of(invoices.payment(paymentId)));
  }

  @GetMapping("/invoices/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    InvoiceView invoice = invoices.get(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(PdfNames.of(invoice)).build().toString())
        .body(invoices.pdf(id));
  }

  @GetMapping("/payments")
  PageResponse<PaymentResponse> payments(
      @RequestParam(required = false) @Nullable Long customerId,
      @RequestParam(required = false) @Nullable Long invoiceId,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return invoices
        .payments(customerId, invoiceId, PageQuery.of(page, size, null, q))
        .map(PaymentResponse::of);
  }

  @GetMapping("/payments/{id}")
  PaymentResponse payment(@PathVariable long id) {
    return PaymentResponse.of(invoices.payment(id));
  }

  @GetMapping("/journals")
  PageResponse<JournalView> journals() {
    List<JournalView> all = invoices.journals();
    return new PageResponse<>(all, 0, Math.max(all.size(), 1), all.size());
  }
}
