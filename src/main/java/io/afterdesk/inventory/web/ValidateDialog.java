package io.afterdesk.inventory.web;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.inventory.LocationUsage;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.LotStock;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The validate dialog: per move the quantity done and, for tracked products, the lots/serials to
 * choose from (those in stock at the source for an internal or customer source, every lot of the
 * product otherwise), keeping what was typed when a validation was refused.
 */
@Component
class ValidateDialog {

  /** A lot/serial to choose, with the stock it has at the source when that is known. */
  record LotChoice(long id, String label) {}

  /** One move of the dialog. */
  record Row(
      long moveId,
      String product,
      boolean serial,
      boolean tracked,
      String planned,
      String quantity,
      List<LotChoice> choices,
      Set<Long> selected) {}

  private final Names names;
  private final Stock stock;

  ValidateDialog(Names names, Stock stock) {
    this.names = names;
    this.stock = stock;
  }

  void prepare(
      TransferView transfer,
      @Nullable String error,
      @Nullable HttpServletRequest submitted,
      Model model) {
    Map<Long, ProductSummary> products =
        names.products(transfer.moves().stream().map(MoveView::productId).toList());
    LocationView source = stock.location(transfer.sourceLocationId());
    List<Row> rows = new ArrayList<>();
    for (MoveView move : transfer.moves()) {
      ProductSummary product = products.get(move.productId());
      Tracking tracking = product == null ? Tracking.NONE : product.tracking();
      List<LotChoice> choices = tracking.tracked() ? choices(move, source) : List.of();
      if (!move.plannedLotIds().isEmpty()) {
        choices = plannedChoices(move, choices);
      }
      String quantity = Quantities.plain(move.quantity());
      Set<Long> selected = new HashSet<>();
      if (submitted == null) {
        selected.addAll(move.plannedLotIds());
      } else {
        String given = ValidateSubmission.typedQuantity(submitted, move);
        quantity = given == null ? quantity : given;
        for (String lot : ValidateSubmission.lotsTicked(submitted, move)) {
          try {
            selected.add(Long.parseLong(lot));
          } catch (NumberFormatException e) {
            // A lot that is not an id was refused already; the dialog just leaves it unticked.
          }
        }
      }
      rows.add(
          new Row(
              move.id(),
              product == null ? "#" + move.productId() : product.displayName(),
              tracking == Tracking.SERIAL,
              tracking.tracked(),
              Quantities.plain(move.quantity()),
              quantity,
              choices,
              selected));
    }
    model.addAttribute("transfer", transfer);
    model.addAttribute("returning", transfer.kind() == TransferKind.RETURN);
    model.addAttribute("rows", rows);
    model.addAttribute("error", error);
  }

  private List<LotChoice> choices(MoveView move, LocationView source) {
    if (source.usage() == LocationUsage.INTERNAL || source.usage() == LocationUsage.CUSTOMER) {
      return stock.lotsInStock(move.productId(), source.id()).stream()
          .map(l -> new LotChoice(l.lotId(), label(l)))
          .toList();
    }
    return names.lotsOf(move.productId()).stream()
        .map((LotSummary l) -> new LotChoice(l.id(), l.name()))
        .toList();
  }

  /**
   * The choices of a move with planned lots: only those (validating others is refused), labelled
   * from the stock at the source when known, else by name.
   */
  private List<LotChoice> plannedChoices(MoveView move, List<LotChoice> inStock) {
    Map<Long, LotChoice> known = new java.util.HashMap<>();
    inStock.forEach(c -> known.put(c.id(), c));
    Map<Long, String> lotNames = new java.util.HashMap<>();
    names.lotsOf(move.productId()).forEach((LotSummary l) -> lotNames.put(l.id(), l.name()));
    return move.plannedLotIds().stream()
        .map(id -> known.getOrDefault(id, new LotChoice(id, lotNames.getOrDefault(id, "#" + id))))
        .toList();
  }

  private static String label(LotStock lot) {
    return lot.name() + " (" + Quantities.plain(lot.quantity()) + ")";
  }

  /** What the dialog says was done of each move (see {@link ValidateSubmission}). */
  List<MoveDone> read(TransferView transfer, HttpServletRequest request) {
    return ValidateSubmission.read(
        transfer,
        names.products(transfer.moves().stream().map(MoveView::productId).toList()),
        request);
  }
}
