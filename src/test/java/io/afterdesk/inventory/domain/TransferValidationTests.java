package io.afterdesk.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.inventory.TransferState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of validating a transfer, without a database. */
class TransferValidationTests {

  private static final ProductInfo CABLE = new ProductInfo("Cable", Tracking.NONE);
  private static final ProductInfo PASTE = new ProductInfo("Paste", Tracking.LOT);
  private static final ProductInfo BIKE = new ProductInfo("E-Bike", Tracking.SERIAL);

  private static BigDecimal q(String value) {
    return new BigDecimal(value);
  }

  private static DoneMove untracked(String quantity) {
    return new DoneMove(q(quantity), List.of(new MoveLine(null, q(quantity))));
  }

  @Test
  void aPartialValidationLeavesTheRestOfEachMoveForTheBackorder() {
    Transfer transfer = TransferFixtures.inState(TransferState.READY, q("5"), q("2"), q("3"));

    List<Remainder> rest =
        transfer.validate(
            Map.of(1L, untracked("3"), 2L, untracked("2")), id -> CABLE, Instant.now());

    assertThat(transfer.state()).isEqualTo(TransferState.DONE);
    assertThat(rest)
        .extracting(
            r -> r.productId(), r -> r.quantity().toPlainString(), Remainder::salesOrderLineId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(10L, "2", 100L),
            org.assertj.core.groups.Tuple.tuple(12L, "3", 102L));
    assertThat(transfer.moves().get(1).doneQuantity()).isEqualByComparingTo("2");
    assertThat(transfer.moves().get(2).doneQuantity()).isEqualByComparingTo("0");
  }

  @Test
  void aBackorderIsReadyAndPointsBackToItsTransfer() {
    Transfer transfer = TransferFixtures.inState(TransferState.READY, q("5"));
    List<Remainder> rest =
        transfer.validate(Map.of(1L, untracked("1")), id -> CABLE, Instant.now());
    transfer.assignId(41L);

    Transfer backorder = transfer.backorder("WH/OUT/00002", rest, Instant.now());

    assertThat(backorder.state()).isEqualTo(TransferState.READY);
    assertThat(backorder.backorderOfId()).isEqualTo(41L);
    assertThat(backorder.moves())
        .singleElement()
        .satisfies(m -> assertThat(m.quantity()).isEqualByComparingTo("4"));
  }

  @Test
  void moreThanPlannedIsRefused() {
    Transfer transfer = TransferFixtures.inState(TransferState.READY, q("2"));

    assertThatThrownBy(
            () -> transfer.validate(Map.of(1L, untracked("3")), id -> CABLE, Instant.now()))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("inventory.move.above-plan"));
    assertThat(transfer.state()).isEqualTo(TransferState.READY);
  }

  @Test
  void trackedProductsNeedTheirLots() {
    Transfer transfer = TransferFixtures.inState(TransferState.READY, q("2"));

    assertThatThrownBy(
            () -> transfer.validate(Map.of(1L, untracked("2")), id -> PASTE, Instant.now()))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("inventory.move.lots-required");
              assertThat(e.arguments()).containsExactly("Paste");
            });
  }

  @Test
  void aLotLineCarriesTheQuantity() {
    Transfer transfer = TransferFixtures.inState(TransferState.READY, q("2"));

    transfer.validate(
        Map.of(1L, new DoneMove(q("2"), List.of(new MoveLine(55L, q("2"))))),
        id -> PASTE,
        Instant.now());

    assertThat(transfer.moves().get(0).lines()).containsExactly(new MoveLine(55L, q("2")));
  }

  @Test
  void aSerialLineIsExactlyOneUnit() {
    Transfer transfer = TransferFixtures.inState(TransferState.READY, q("2"));

    assertThatThrownBy(
            () ->
                transfer.validate(
                    Map.of(1L, new DoneMove(q("2"), List.of(new MoveLine(55L, q("2"))))),
                    id -> BIKE,
                    Instant.now()))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("inventory.move.serial-one-unit"));
  }

  @Test
  void asManySerialsAsUnitsAndNeverTheSameTwice() {
    Transfer missing = TransferFixtures.inState(TransferState.READY, q("2"));
    assertThatThrownBy(
            () ->
                missing.validate(
                    Map.of(1L, new DoneMove(q("2"), List.of(new MoveLine(55L, BigDecimal.ONE)))),
                    id -> BIKE,
                    Instant.now()))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("inventory.move.serial-count"));

    Transfer twice = TransferFixtures.inState(TransferState.READY, q("2"));
    assertThatThrownBy(
            () ->
                twice.validate(
                    Map.of(
                        1L,
                        new DoneMove(
                            q("2"),
                            List.of(
                                new MoveLine(55L, BigDecimal.ONE),
                                new MoveLine(55L, BigDecimal.ONE)))),
                    id -> BIKE,
                    Instant.now()))
        .isInstanceOf(BusinessRuleException.class);

    Transfer good = TransferFixtures.inState(TransferState.READY, q("2"));
    good.validate(
        Map.of(
            1L,
            new DoneMove(
                q("2"),
                List.of(new MoveLine(55L, BigDecimal.ONE), new MoveLine(56L, BigDecimal.ONE)))),
        id -> BIKE,
        Instant.now());
    assertThat(good.moves().get(0).lines()).extracting(MoveLine::lotId).containsExactly(55L, 56L);
  }

  @Test
  void anUntrackedProductTakesNoLot() {
    Transfer transfer = TransferFixtures.inState(TransferState.READY, q("1"));

    assertThatThrownBy(
            () ->
                transfer.validate(
                    Map.of(1L, new DoneMove(q("1"), List.of(new MoveLine(55L, q("1"))))),
                    id -> CABLE,
                    Instant.now()))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("inventory.move.untracked-lot"));
  }

  @Test
  void nothingDoneAtAllIsRefusedAndUnknownMovesAreFieldErrors() {
    Transfer transfer = TransferFixtures.inState(TransferState.READY, q("1"));

    assertThatThrownBy(() -> transfer.validate(Map.of(), id -> CABLE, Instant.now()))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("inventory.validate.nothing-done"));
    assertThatThrownBy(
            () -> transfer.validate(Map.of(99L, untracked("1")), id -> CABLE, Instant.now()))
        .isInstanceOf(FieldValidationException.class);
    assertThat(transfer.state()).isEqualTo(TransferState.READY);
  }

  @Test
  void aPlannedMoveNeedsAPositiveQuantityAndATransferAMove() {
    assertThatThrownBy(() -> Move.planned(1L, BigDecimal.ZERO, null, null))
        .isInstanceOf(FieldValidationException.class);
    assertThatThrownBy(
            () ->
                Transfer.draft(
                    "WH/IN/00001",
                    new TransferHeader(
                        io.afterdesk.inventory.TransferKind.RECEIPT,
                        null,
                        null,
                        null,
                        null,
                        1L,
                        2L,
                        java.time.LocalDate.now(),
                        null),
                    List.of(),
                    null,
                    Instant.now()))
        .isInstanceOf(FieldValidationException.class);
  }
}
