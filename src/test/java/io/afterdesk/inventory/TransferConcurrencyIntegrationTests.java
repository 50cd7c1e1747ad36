package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Validations racing on real threads and real PostgreSQL transactions. */
class TransferConcurrencyIntegrationTests extends InventoryIntegrationTest {

  @Autowired Transfers transfers;
  @Autowired Stock stock;
  @Autowired InventoryFixtures fixtures;
  @Autowired TransferEventRecorder recorder;

  @Test
  void validatingTheSameTransferTwiceAtOnceShipsItOnce() throws Exception {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    fixtures.putInStock(cable, "10");
    TransferView delivery = fixtures.delivery(fixtures.customer(), cable, "4");
    MoveDone all = new MoveDone(delivery.moves().get(0).id(), new BigDecimal("4"), List.of());

    List<Outcome> outcomes =
        race(
            () -> transfers.validate(delivery.id(), List.of(all)),
            () -> transfers.validate(delivery.id(), List.of(all)));

    assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.succeeded())
        .singleElement()
        .satisfies(o -> assertThat(o.error()).isInstanceOf(BusinessRuleException.class));
    assertThat(stock.onHand(cable.id(), fixtures.stockLocation())).isEqualByComparingTo("6");
    assertThat(stock.onHand(cable.id(), fixtures.customersLocation())).isEqualByComparingTo("4");
    assertThat(recorder.doneOf(delivery.id())).hasSize(1);
  }

  @Test
  void twoDeliveriesOfTheOneSerialValidatedAtOnceShipItOnce() throws Exception {
    ProductSummary laptop = fixtures.product(Tracking.SERIAL);
    LotSummary serial = fixtures.lots(laptop, 1).get(0);
    fixtures.putInStock(laptop, serial, "1");
    TransferView first = fixtures.delivery(fixtures.customer(), laptop, "1");
    TransferView second = fixtures.delivery(fixtures.customer(), laptop, "1");

    List<Outcome> outcomes =
        race(
            () -> transfers.validate(first.id(), List.of(serialOf(first, serial))),
            () -> transfers.validate(second.id(), List.of(serialOf(second, serial))));

    assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.succeeded())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.error())
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("serial-not-available"));
    assertThat(stock.onHand(laptop.id(), fixtures.stockLocation(), serial.id()))
        .isEqualByComparingTo("0");
    assertThat(stock.onHand(laptop.id(), fixtures.customersLocation(), serial.id()))
        .isEqualByComparingTo("1");
    assertThat(List.of(transfers.get(first.id()).state(), transfers.get(second.id()).state()))
        .containsExactlyInAnyOrder(TransferState.DONE, TransferState.READY);
  }

  @Test
  void twoReturnsOfTheWholeDeliveryAtOnceNeverBringBackMoreThanWasDelivered() throws Exception {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    fixtures.putInStock(cable, "5");
    TransferView delivery = fixtures.delivery(fixtures.customer(), cable, "3");
    transfers.validate(delivery.id(), List.of());
    long moveId = delivery.moves().get(0).id();
    ReturnRequest everything =
        new ReturnRequest(
            delivery.id(),
            null,
            null,
            null,
            List.of(new ReturnRequest.ReturnLine(moveId, new BigDecimal("3"))));

    List<Outcome> outcomes =
        race(() -> transfers.createReturn(everything), () -> transfers.createReturn(everything));

    assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.succeeded())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.error())
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("exceeds-delivered"));
    assertThat(transfers.returnableQuantities(delivery.id()).get(moveId)).isEqualByComparingTo("0");
  }

  private static MoveDone serialOf(TransferView delivery, LotSummary serial) {
    return new MoveDone(delivery.moves().get(0).id(), BigDecimal.ONE, List.of(serial.id()));
  }

  record Outcome(boolean succeeded, Throwable error) {}

  private static List<Outcome> race(Callable<?> one, Callable<?> two) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Callable<?> task : List.of(one, two)) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    task.call();
                    return new Outcome(true, null);
                  } catch (Exception e) {
                    return new Outcome(false, e);
                  }
                }));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
