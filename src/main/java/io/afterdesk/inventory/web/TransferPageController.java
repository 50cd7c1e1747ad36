package io.afterdesk.inventory.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.ReceiptRequest;
import io.afterdesk.inventory.TransferFilter;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferRow;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.inventory.ValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The transfer pages: list (search, filters, pages, CSV), a manual receipt or delivery, the form
 * with its status bar, moves, backorder links and chatter, and the validate dialog. Every staff
 * member reads; admins and managers create, validate and cancel (others get 403 on a POST).
 */
@Controller
@RequestMapping("/inventory/transfers")
class TransferPageController {

  private static final DateTimeFormatter CSV_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final Transfers transfers;
  private final Names names;
  private final ValidateDialog dialog;
  private final MessageSource messages;

  private final DocumentLinks links;

  TransferPageController(
      Transfers transfers,
      Names names,
      ValidateDialog dialog,
      MessageSource messages,
      DocumentLinks links) {
    this.links = links;
    this.transfers = transfers;
    this.names = names;
    this.dialog = dialog;
    this.messages = messages;
  }

  @ModelAttribute
  void permissions(HttpServletRequest request, Model model) {
    if ("POST".equals(request.getMethod())) {
      Permissions.requireManagerOrAdmin("change stock and transfers");
    }
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable TransferKind kind,
      @RequestParam(required = false) @Nullable TransferState state,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable String sort,
      Model model) {
    PageResponse<TransferRow> rows =
        transfers.page(
            new TransferFilter(kind, state, null, null),
            PageQuery.of(page, null, sort, q),
            names.customerIdsMatching(q));
    model.addAttribute("page", rows);
    model.addAttribute(
        "customerNames",
        names.customers(
            rows.items().stream()
                .map(TransferRow::customerId)
                .filter(java.util.Objects::nonNull)
                .toList()));
    model.addAttribute("locationNames", names.locations());
    model.addAttribute("kind", kind);
    model.addAttribute("state", state);
    model.addAttribute("kinds", TransferKind.values());
    model.addAttribute("states", TransferState.values());
    model.addAttribute(
        "csvUrl",
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("format", "csv")
            .replaceQueryParam("page")
            .build()
            .toUriString());
    return "inventory/transfers";
  }

  @GetMapping(params = "format=csv")
  void exportCsv(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable TransferKind kind,
      @RequestParam(required = false) @Nullable TransferState state,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    PageResponse<TransferRow> rows =
        transfers.page(
            new TransferFilter(kind, state, null, null),
            new PageQuery(0, PageQuery.MAX_SIZE, null, q),
            names.customerIdsMatching(q));
    Map<Long, String> customers =
        names.customers(
            rows.items().stream()
                .map(TransferRow::customerId)
                .filter(java.util.Objects::nonNull)
                .toList());
    Map<Long, String> locations = names.locations();
    List<String> headers =
        List.of(
                "number",
                "kind",
                "state",
                "customer",
                "origin",
                "source",
                "destination",
                "scheduled-date",
                "done-at")
            .stream()
            .map(column -> messages.getMessage("inventory.csv." + column, null, locale))
            .toList();
    CsvExport.write(
        response,
        "transfers.csv",
        headers,
        rows.items(),
        t ->
            List.of(
                t.number(),
                t.kind(),
                t.state(),
                t.customerId() == null ? "" : customers.getOrDefault(t.customerId(), ""),
                t.origin() == null ? "" : t.origin(),
                locations.getOrDefault(t.sourceLocationId(), ""),
                locations.getOrDefault(t.destinationLocationId(), ""),
                t.scheduledDate(),
                t.doneAt() == null ? "" : CSV_TIME.format(t.doneAt())));
  }

  @GetMapping("/new")
  String newTransfer(
      @RequestParam(required = false, defaultValue = "RECEIPT") TransferKind kind, Model model) {
    Permissions.requireManagerOrAdmin("change stock and transfers");
    model.addAttribute(
        "form", NewTransferForm.empty(kind == TransferKind.RETURN ? TransferKind.RECEIPT : kind));
    return showNew(model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") NewTransferForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        TransferView created = create(form);
        redirect.addFlashAttribute(
            Flash.ATTRIBUTE, Flash.success("inventory.transfer.created", created.number()));
        return "redirect:/inventory/transfers/" + created.id();
      } catch (FieldValidationException e) {
        for (FieldValidationException.FieldError error : e.errors()) {
          String field = error.field().startsWith("lines") ? null : error.field();
          if (field == null || !List.of("kind", "customerId", "origin").contains(field)) {
            errors.reject(error.messageKey(), error.arguments(), error.messageKey());
          } else {
            errors.rejectValue(field, error.messageKey(), error.arguments(), error.messageKey());
          }
        }
      } catch (BusinessRuleException e) {
        errors.reject(e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return showNew(model);
  }

  private TransferView create(NewTransferForm form) {
    List<TransferLine> lines = new ArrayList<>();
    List<String> products = form.productRows();
    List<String> quantities = form.quantityRows();
    for (int i = 0; i < products.size(); i++) {
      String product = products.get(i);
      if (product == null || product.isBlank()) {
        continue;
      }
      BigDecimal quantity =
          Quantities.parse(i < quantities.size() ? quantities.get(i) : null, "lines");
      if (quantity == null) {
        throw FieldValidationException.of("lines", "inventory.move.quantity-positive");
      }
      lines.add(TransferLine.of(Long.parseLong(product.trim()), quantity));
    }
    String origin = form.origin() == null || form.origin().isBlank() ? null : form.origin().trim();
    if (form.kind() == TransferKind.DELIVERY) {
      if (form.customerId() == null) {
        throw FieldValidationException.of("customerId", "inventory.transfer.customer-required");
      }
      return transfers.createDelivery(
          new DeliveryRequest(form.customerId(), null, origin, null, lines));
    }
    if (form.kind() != TransferKind.RECEIPT) {
      throw FieldValidationException.of("kind", "inventory.transfer.manual-kind");
    }
    return transfers.createReceipt(new ReceiptRequest(form.customerId(), origin, null, lines));
  }

  private String showNew(Model model) {
    model.addAttribute("kinds", List.of(TransferKind.RECEIPT, TransferKind.DELIVERY));
    model.addAttribute("products", names.goods());
    model.addAttribute("customers", names.customerChoices());
    return "inventory/transfer-new";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    TransferView transfer = transfers.get(id);
    List<Long> productIds = transfer.moves().stream().map(MoveView::productId).toList();
    model.addAttribute("transfer", transfer);
    model.addAttribute("products", names.products(productIds));
    model.addAttribute("lotNames", names.lots(productIds));
    model.addAttribute("locationNames", names.locations());
    model.addAttribute(
        "customerName",
        transfer.customerId() == null
            ? null
            : names.customers(List.of(transfer.customerId())).get(transfer.customerId()));
    model.addAttribute(
        "backorderOf",
        transfer.backorderOfId() == null
            ? null
            : transfers.find(transfer.backorderOfId()).orElse(null));
    model.addAttribute("backorders", transfers.backordersOf(id));
    model.addAttribute("originUrl", originUrl(transfer));
    DocumentRef origin = transfer.originRef();
    model.addAttribute(
        "originLink",
        origin == null || Transfers.DOCUMENT_TYPE.equals(origin.type())
            ? null
            : links.of(origin, LocaleContextHolder.getLocale()).orElse(null));
    model.addAttribute(
        "steps", List.of(TransferState.DRAFT, TransferState.READY, TransferState.DONE));
    return "inventory/transfer";
  }

  /** A link to the document the transfer came from, when inventory knows where it is shown. */
  private @Nullable String originUrl(TransferView transfer) {
    if (transfer.kind() == TransferKind.RETURN && !transfer.moves().isEmpty()) {
      Long returned = transfer.moves().get(0).returnOfMoveId();
      if (returned != null) {
        return transfers
            .transferOfMove(returned)
            .map(delivery -> "/inventory/transfers/" + delivery)
            .orElse(null);
      }
    }
    DocumentRef ref = transfer.originRef();
    if (ref == null) {
      return null;
    }
    if (Transfers.DOCUMENT_TYPE.equals(ref.type())) {
      return "/inventory/transfers/" + ref.id();
    }
    return links.of(ref, LocaleContextHolder.getLocale()).map(DocumentLink::url).orElse(null);
  }

  /** The validate dialog, loaded by htmx into the layout's modal. */
  @GetMapping("/{id}/validate")
  String validateDialog(@PathVariable long id, Model model) {
    Permissions.requireManagerOrAdmin("change stock and transfers");
    dialog.prepare(transfers.get(id), null, null, model);
    return "inventory/validate-dialog :: dialog";
  }

  @PostMapping("/{id}/validate")
  String validate(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    TransferView transfer = transfers.get(id);
    try {
      ValidationResult result = transfers.validate(id, dialog.read(transfer, request));
      Flash flash =
          result.backorder() == null
              ? Flash.success("inventory.transfer.validated", transfer.number())
              : Flash.success(
                  "inventory.transfer.validated-backorder",
                  transfer.number(),
                  result.backorder().number());
      if (Htmx.isHtmx(request)) {
        Htmx.redirect("/inventory/transfers/" + id, flash, request, response);
        return "inventory/validate-dialog :: done";
      }
      redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
      return "redirect:/inventory/transfers/" + id;
    } catch (BusinessRuleException e) {
      dialog.prepare(transfer, message(e.messageKey(), e.arguments(), request), request, model);
    } catch (FieldValidationException e) {
      FieldValidationException.FieldError error = e.errors().get(0);
      dialog.prepare(
          transfer, message(error.messageKey(), error.arguments(), request), request, model);
    } catch (OptimisticLockingFailureException e) {
      dialog.prepare(
          transfer, message("error.stale-version", new Object[0], request), request, model);
    }
    return "inventory/validate-dialog :: dialog";
  }

  @PostMapping("/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    TransferView transfer = transfers.get(id);
    try {
      transfers.cancel(id);
      redirect.addFlashAttribute(
          Flash.ATTRIBUTE, Flash.success("inventory.transfer.cancelled", transfer.number()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/inventory/transfers/" + id;
  }

  private String message(String key, Object[] arguments, HttpServletRequest request) {
    return messages.getMessage(
        key, arguments, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
  }
}
