package io.afterdesk.inventory.web;

import io.afterdesk.common.ReaderTexts;
import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.PageLinks;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.TransferFilter;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferRow;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.Transfers;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The transfer list: search, kind and state filters, pages, and the same rows as CSV. */
@Controller
@RequestMapping("/inventory/transfers")
class TransferListController {

  private static final DateTimeFormatter CSV_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private static final List<String> CSV_COLUMNS =
      List.of(
          "number",
          "kind",
          "state",
          "customer",
          "origin",
          "source",
          "destination",
          "scheduled-date",
          "done-at");

  private final Transfers transfers;
  private final Names names;
  private final MessageSource messages;
  private final ReaderTexts texts;

  TransferListController(
      Transfers transfers, Names names, MessageSource messages, ReaderTexts texts) {
    this.texts = texts;
    this.transfers = transfers;
    this.names = names;
    this.messages = messages;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable TransferKind kind,
      @RequestParam(required = false) @Nullable TransferState state,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable String sort,
      Model model) {
    PageResponse<TransferRow> rows = rows(q, kind, state, PageQuery.of(page, null, sort, q));
    model.addAttribute("page", rows);
    model.addAttribute("customerNames", customerNames(rows));
    model.addAttribute("locationNames", names.locations());
    model.addAttribute("kind", kind);
    model.addAttribute("state", state);
    model.addAttribute("kinds", TransferKind.values());
    model.addAttribute("states", TransferState.values());
    model.addAttribute("csvUrl", PageLinks.csvOfCurrentList());
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
        rows(q, kind, state, new PageQuery(0, PageQuery.MAX_SIZE, null, q));
    Map<Long, String> customers = customerNames(rows);
    Map<Long, String> locations = names.locations();
    List<String> headers =
        CSV_COLUMNS.stream()
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
                Objects.requireNonNullElse(texts.shown(t.origin(), t.originText(), locale), ""),
                locations.getOrDefault(t.sourceLocationId(), ""),
                locations.getOrDefault(t.destinationLocationId(), ""),
                t.scheduledDate(),
                t.doneAt() == null ? "" : CSV_TIME.format(t.doneAt())));
  }

  private PageResponse<TransferRow> rows(
      @Nullable String q,
      @Nullable TransferKind kind,
      @Nullable TransferState state,
      PageQuery query) {
    return transfers.page(
        new TransferFilter(kind, state, null, null), query, names.customerIdsMatching(q));
  }

  private Map<Long, String> customerNames(PageResponse<TransferRow> rows) {
    return names.customers(
        rows.items().stream().map(TransferRow::customerId).filter(Objects::nonNull).toList());
  }
}
