package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Transfers on PostgreSQL: deliveries with serials and lots, backorders, returns, stock. */
class TransferIntegrationTests extends InventoryIntegrationTest {

  @Autowired Transfers transfers;
  @Autowired Stock stock;
  @Autowired InventoryFixtures fixtures;

  @Test
  void deliveringASerialMovesItFromStockToCustomersAndItCannotShipAgain() {
    ProductSummary bike = fixtures.product(Tracking.SERIAL);
    List<LotSummary> serials = fixtures.lots(bike, 2);
    fixtures.putInStock(bike, serials.get(0), "1");
    long customer = fixtures.customer();
    TransferView delivery = fixtures.delivery(customer, bike, "1");
    assertThat(delivery.number()).startsWith("WH/OUT/");
    assertThat(delivery.state()).isEqualTo(TransferState.READY);

    MoveView move = delivery.moves().get(0);
    ValidationResult result =
        transfers.validate(
            delivery.id(),
            List.of(new MoveDone(move.id(), BigDecimal.ONE, List.of(serials.get(0).id()))));

    assertThat(result.transfer().state()).isEqualTo(TransferState.DONE);
    assertThat(result.transfer().doneAt()).isNotNull();
    assertThat(result.backorder()).isNull();
    assertThat(result.transfer().moves().get(0).id()).isEqualTo(move.id());
    assertThat(result.transfer().moves().get(0).lotIds()).containsExactly(serials.get(0).id());
    assertThat(stock.onHand(bike.id(), fixtures.stockLocation(), serials.get(0).id()))
        .isEqualByComparingTo("0");
    assertThat(stock.onHand(bike.id(), fixtures.customersLocation(), serials.get(0).id()))
        .isEqualByComparingTo("1");
    assertThat(transfers.get(delivery.id()).moves().get(0).doneQuantity())
        .isEqualByComparingTo("1");

    TransferView again = fixtures.delivery(customer, bike, "1");
    assertThatThrownBy(
            () ->
                transfers.validate(
                    again.id(),
                    List.of(
                        new MoveDone(
                            again.moves().get(0).id(),
                            BigDecimal.ONE,
                            List.of(serials.get(0).id())))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("inventory.stock.serial-not-available");
    assertThat(transfers.get(again.id()).state()).isEqualTo(TransferState.READY);
    assertThat(stock.onHand(bike.id(), fixtures.customersLocation(), serials.get(0).id()))
        .isEqualByComparingTo("1");
  }

  @Test
  void aPartialValidationLeavesABackorderWithTheRest() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    fixtures.putInStock(cable, "10");
    TransferView delivery =
        transfers.createDelivery(
            new DeliveryRequest(
                fixtures.customer(),
                4242L,
                "S04242",
                new DocumentRef("sales.order", 4242L),
                List.of(new TransferLine(cable.id(), new BigDecimal("5"), 77L))));

    ValidationResult result =
        transfers.validate(
            delivery.id(),
            List.of(new MoveDone(delivery.moves().get(0).id(), new BigDecimal("3"), List.of())));

    assertThat(result.backorder()).isNotNull();
    TransferView backorder = result.backorder();
    assertThat(backorder.state()).isEqualTo(TransferState.READY);
    assertThat(backorder.backorderOfId()).isEqualTo(delivery.id());
    assertThat(backorder.moves())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.quantity()).isEqualByComparingTo("2");
              assertThat(m.salesOrderLineId()).isEqualTo(77L);
            });
    assertThat(backorder.originRef()).isEqualTo(new DocumentRef("sales.order", 4242L));
    assertThat(stock.onHand(cable.id(), fixtures.stockLocation())).isEqualByComparingTo("7");
    assertThat(transfers.ofSalesOrder(4242L))
        .extracting(TransferView::id)
        .contains(delivery.id(), backorder.id());
  }

  @Test
  void deliveredQuantitiesAreDoneDeliveriesMinusDoneReturns() {
    long order = System.nanoTime();
    ProductSummary lotted = fixtures.product(Tracking.LOT);
    LotSummary lot = fixtures.lots(lotted, 1).get(0);
    fixtures.putInStock(lotted, lot, "10");
    TransferView delivery =
        transfers.createDelivery(
            new DeliveryRequest(
                fixtures.customer(),
                order,
                "S1",
                null,
                List.of(new TransferLine(lotted.id(), new BigDecimal("4"), 501L))));
    long moveId = delivery.moves().get(0).id();
    transfers.validate(
        delivery.id(), List.of(new MoveDone(moveId, new BigDecimal("4"), List.of(lot.id()))));

    TransferView ret =
        transfers.createReturn(
            new ReturnRequest(
                delivery.id(),
                null,
                null,
                null,
                List.of(new ReturnRequest.ReturnLine(moveId, new BigDecimal("1.5")))));
    assertThat(ret.number()).startsWith("WH/RET/");
    assertThat(transfers.deliveredQuantities(order)).containsEntry(501L, new BigDecimal("4.0000"));
    transfers.validate(
        ret.id(),
        List.of(new MoveDone(ret.moves().get(0).id(), new BigDecimal("1.5"), List.of(lot.id()))));

    assertThat(transfers.deliveredQuantities(order).get(501L)).isEqualByComparingTo("2.5");
    assertThat(stock.onHand(lotted.id(), fixtures.stockLocation(), lot.id()))
        .isEqualByComparingTo("7.5");
    assertThatThrownBy(
            () ->
                transfers.createReturn(
                    new ReturnRequest(
                        delivery.id(),
                        null,
                        null,
                        null,
                        List.of(new ReturnRequest.ReturnLine(moveId, new BigDecimal("3"))))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("inventory.return.exceeds-delivered");
    assertThat(transfers.returnableQuantities(delivery.id()).get(moveId))
        .isEqualByComparingTo("2.5");
  }

  @Test
  void aReturnCreatedWithItsSerialValidatesAsPlannedAndRefusesAnotherSerial() {
    ProductSummary phone = fixtures.product(Tracking.SERIAL);
    List<LotSummary> serials = fixtures.lots(phone, 2);
    fixtures.putInStock(phone, serials.get(0), "1");
    fixtures.putInStock(phone, serials.get(1), "1");
    long sn1 = serials.get(0).id();
    long sn2 = serials.get(1).id();
    TransferView delivery = fixtures.delivery(fixtures.customer(), phone, "2");
    long moveId = delivery.moves().get(0).id();
    transfers.validate(
        delivery.id(), List.of(new MoveDone(moveId, new BigDecimal("2"), List.of(sn1, sn2))));
    long returns = stock.locationNamed("WH/Returns").id();

    assertThatThrownBy(
            () ->
                transfers.createReturn(
                    new ReturnRequest(
                        delivery.id(),
                        returns,
                        null,
                        null,
                        List.of(
                            new ReturnRequest.ReturnLine(
                                moveId, new BigDecimal("2"), List.of(sn1))))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("inventory.move.serial-count");

    TransferView ret =
        transfers.createReturn(
            new ReturnRequest(
                delivery.id(),
                returns,
                null,
                null,
                List.of(new ReturnRequest.ReturnLine(moveId, BigDecimal.ONE, List.of(sn1)))));
    assertThat(ret.moves().get(0).plannedLotIds()).containsExactly(sn1);
    assertThat(transfers.get(ret.id()).moves().get(0).plannedLotIds()).containsExactly(sn1);

    assertThatThrownBy(
            () ->
                transfers.createReturn(
                    new ReturnRequest(
                        delivery.id(),
                        returns,
                        null,
                        null,
                        List.of(
                            new ReturnRequest.ReturnLine(moveId, BigDecimal.ONE, List.of(sn1))))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("inventory.return.lot-already-returned");

    assertThatThrownBy(
            () ->
                transfers.validate(
                    ret.id(),
                    List.of(new MoveDone(ret.moves().get(0).id(), BigDecimal.ONE, List.of(sn2)))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("inventory.validate.lot-not-planned");
    assertThat(transfers.get(ret.id()).state()).isEqualTo(TransferState.READY);

    ValidationResult done = transfers.validate(ret.id(), List.of());

    assertThat(done.transfer().state()).isEqualTo(TransferState.DONE);
    assertThat(done.transfer().moves().get(0).lotIds()).containsExactly(sn1);
    assertThat(stock.onHand(phone.id(), returns, sn1)).isEqualByComparingTo("1");
    assertThat(stock.onHand(phone.id(), fixtures.customersLocation(), sn1))
        .isEqualByComparingTo("0");
    assertThat(stock.onHand(phone.id(), fixtures.customersLocation(), sn2))
        .isEqualByComparingTo("1");
  }

  @Test
  void aLotCannotGoBelowZeroInStock() {
    ProductSummary lotted = fixtures.product(Tracking.LOT);
    LotSummary lot = fixtures.lots(lotted, 1).get(0);
    fixtures.putInStock(lotted, lot, "2");
    TransferView delivery = fixtures.delivery(fixtures.customer(), lotted, "3");

    assertThatThrownBy(
            () ->
                transfers.validate(
                    delivery.id(),
                    List.of(
                        new MoveDone(
                            delivery.moves().get(0).id(), new BigDecimal("3"), List.of(lot.id())))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("inventory.stock.lot-negative");
    assertThat(stock.onHand(lotted.id(), fixtures.stockLocation(), lot.id()))
        .isEqualByComparingTo("2");
  }

  @Test
  void lotsAreTakenInTheOrderGivenAsFarAsEachHasStock() {
    ProductSummary lotted = fixtures.product(Tracking.LOT);
    List<LotSummary> lots = fixtures.lots(lotted, 2);
    fixtures.putInStock(lotted, lots.get(0), "2");
    fixtures.putInStock(lotted, lots.get(1), "5");
    TransferView delivery = fixtures.delivery(fixtures.customer(), lotted, "4");

    ValidationResult result =
        transfers.validate(
            delivery.id(),
            List.of(
                new MoveDone(
                    delivery.moves().get(0).id(),
                    new BigDecimal("4"),
                    List.of(lots.get(0).id(), lots.get(1).id()))));

    assertThat(result.transfer().moves().get(0).lines())
        .extracting(l -> l.lotId(), l -> l.quantity().stripTrailingZeros().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(lots.get(0).id(), "2"),
            org.assertj.core.groups.Tuple.tuple(lots.get(1).id(), "2"));
    assertThat(stock.lotsInStock(lotted.id(), fixtures.stockLocation()))
        .extracting(LotStock::lotId)
        .containsExactly(lots.get(1).id());
  }

  @Test
  void cancellingIsRefusedOnceDoneAndNamesBothStates() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    TransferView receipt =
        transfers.createReceipt(
            new ReceiptRequest(
                null, "PO-1", null, List.of(TransferLine.of(cable.id(), new BigDecimal("3")))));
    assertThat(receipt.number()).startsWith("WH/IN/");
    transfers.validate(receipt.id(), List.of());
    assertThat(stock.onHand(cable.id())).isEqualByComparingTo("3");

    assertThatThrownBy(() -> transfers.cancel(receipt.id()))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("DONE")
        .hasMessageContaining("CANCELLED");
    TransferView other =
        transfers.createReceipt(
            new ReceiptRequest(
                null, null, null, List.of(TransferLine.of(cable.id(), new BigDecimal("1")))));
    assertThat(transfers.cancel(other.id()).state()).isEqualTo(TransferState.CANCELLED);
    assertThat(
            transfers
                .page(
                    new TransferFilter(TransferKind.RECEIPT, null, null, null),
                    io.afterdesk.common.web.PageQuery.of(0, 10, null, other.number()),
                    List.of())
                .items())
        .extracting(TransferRow::id)
        .containsExactly(other.id());
  }
}
