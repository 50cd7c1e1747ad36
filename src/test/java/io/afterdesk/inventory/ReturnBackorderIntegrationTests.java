package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Returns with planned lots/serials on PostgreSQL: a partly validated return's backorder still
 * expects what did not come back, and a lot-tracked line planned with several lots validates.
 */
class ReturnBackorderIntegrationTests extends InventoryIntegrationTest {

  @Autowired Transfers transfers;
  @Autowired Stock stock;
  @Autowired InventoryFixtures fixtures;

  long returnsLocation() {
    return stock.locationNamed("WH/Returns").id();
  }

  /** A done delivery of the lots given, each taking what it has in stock; its move. */
  MoveView shipped(ProductSummary product, String quantity, List<LotSummary> lots) {
    TransferView delivery = fixtures.delivery(fixtures.customer(), product, quantity);
    MoveView move = delivery.moves().get(0);
    transfers.validate(
        delivery.id(),
        List.of(
            new MoveDone(
                move.id(), new BigDecimal(quantity), lots.stream().map(LotSummary::id).toList())));
    return transfers.get(delivery.id()).moves().get(0);
  }

  TransferView returnOf(MoveView delivered, String quantity, List<Long> lots) {
    long delivery = transfers.transferOfMove(delivered.id()).orElseThrow();
    return transfers.createReturn(
        new ReturnRequest(
            delivery,
            returnsLocation(),
            null,
            null,
            List.of(new ReturnRequest.ReturnLine(delivered.id(), new BigDecimal(quantity), lots))));
  }

  @Test
  void thePartlyValidatedReturnsBackorderKeepsTheSerialsNotBackYet() {
    ProductSummary phone = fixtures.product(Tracking.SERIAL);
    List<LotSummary> serials = fixtures.lots(phone, 3);
    serials.forEach(s -> fixtures.putInStock(phone, s, "1"));
    MoveView delivered = shipped(phone, "3", serials);
    long sn1 = serials.get(0).id();
    long sn2 = serials.get(1).id();
    long sn3 = serials.get(2).id();
    TransferView ret = returnOf(delivered, "3", List.of(sn1, sn2, sn3));

    ValidationResult partly =
        transfers.validate(
            ret.id(), List.of(new MoveDone(ret.moves().get(0).id(), BigDecimal.ONE, List.of(sn1))));

    TransferView backorder = transfers.get(partly.backorder().id());
    assertThat(backorder.moves().get(0).plannedLotIds()).containsExactly(sn2, sn3);
    assertThat(backorder.moves().get(0).returnOfMoveId()).isEqualTo(delivered.id());
    assertThat(transfers.returnableLots(delivered.id())).isEmpty();

    ValidationResult rest = transfers.validate(backorder.id(), List.of());

    assertThat(rest.transfer().state()).isEqualTo(TransferState.DONE);
    assertThat(rest.transfer().moves().get(0).lotIds()).containsExactlyInAnyOrder(sn2, sn3);
    assertThat(stock.onHand(phone.id(), returnsLocation(), sn3)).isEqualByComparingTo("1");
  }

  @Test
  void aLotTrackedReturnPlannedWithSeveralLotsValidatesLotByLotAsShipped() {
    ProductSummary paint = fixtures.product(Tracking.LOT);
    List<LotSummary> lots = fixtures.lots(paint, 2);
    fixtures.putInStock(paint, lots.get(0), "3");
    fixtures.putInStock(paint, lots.get(1), "2");
    MoveView delivered = shipped(paint, "5", lots);
    long first = lots.get(0).id();
    long second = lots.get(1).id();
    TransferView ret = returnOf(delivered, "4", List.of(first, second));

    ValidationResult done = transfers.validate(ret.id(), List.of());

    assertThat(done.transfer().state()).isEqualTo(TransferState.DONE);
    assertThat(done.transfer().moves().get(0).doneQuantity()).isEqualByComparingTo("4");
    assertThat(stock.onHand(paint.id(), returnsLocation(), first)).isEqualByComparingTo("3");
    assertThat(stock.onHand(paint.id(), returnsLocation(), second)).isEqualByComparingTo("1");
    assertThat(stock.onHand(paint.id(), fixtures.customersLocation(), second))
        .isEqualByComparingTo("1");
  }
}
