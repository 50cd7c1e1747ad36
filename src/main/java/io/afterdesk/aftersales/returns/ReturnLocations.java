package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.returns.ReturnChoices.LocationChoice;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferView;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where the goods of a return may come back to (SPEC §5): a location flagged return location, or
 * the delivery's source location. The dialog offers and the action accepts exactly these.
 */
@Component
class ReturnLocations {

  private final Stock stock;

  ReturnLocations(Stock stock) {
    this.stock = stock;
  }

  List<LocationChoice> offeredFor(@Nullable TransferView delivery) {
    return stock.locations().stream()
        .filter(
            l -> l.returnLocation() || (delivery != null && l.id() == delivery.sourceLocationId()))
        .map(l -> new LocationChoice(l.id(), l.name(), l.nameVi()))
        .toList();
  }

  /** The location chosen, else the warehouse's return location, else the delivery's source. */
  @Nullable Long chosenOrDefault(@Nullable Long chosen, @Nullable TransferView delivery) {
    if (chosen != null) {
      return chosen;
    }
    return stock.locations().stream()
        .filter(LocationView::returnLocation)
        .map(LocationView::id)
        .findFirst()
        .orElse(delivery == null ? null : delivery.sourceLocationId());
  }

  /** The location the return goes to: chosen (or defaulted) and among those offered (422). */
  long require(@Nullable Long chosen, TransferView delivery) {
    Long location = chosenOrDefault(chosen, delivery);
    if (location == null || offeredFor(delivery).stream().noneMatch(l -> l.id() == location)) {
      throw io.afterdesk.common.FieldValidationException.of(
          "returnLocationId", "aftersales.return.location.invalid");
    }
    return location;
  }
}
