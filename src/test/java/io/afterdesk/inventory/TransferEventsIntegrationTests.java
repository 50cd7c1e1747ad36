package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.DocumentRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** TransferDone and TransferCancelled are published with the ids and values later modules need. */
@EnableScenarios
class TransferEventsIntegrationTests extends InventoryIntegrationTest {

  @Autowired Transfers transfers;
  @Autowired InventoryFixtures fixtures;
  @Autowired TransferEventRecorder recorder;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void aValidatedDeliveryPublishesTransferDoneWithItsMoves() {
    ProductSummary bike = fixtures.product(Tracking.SERIAL);
    List<LotSummary> serials = fixtures.lots(bike, 2);
    serials.forEach(s -> fixtures.putInStock(bike, s, "1"));
    long customer = fixtures.customer();
    TransferView delivery =
        transfers.createDelivery(
            new DeliveryRequest(
                customer,
                900L,
                "S00900",
                new DocumentRef("sales.order", 900L),
                List.of(new TransferLine(bike.id(), new BigDecimal("2"), 9001L))));
    long moveId = delivery.moves().get(0).id();

    transfers.validate(
        delivery.id(),
        List.of(
            new MoveDone(
                moveId, new BigDecimal("2"), List.of(serials.get(0).id(), serials.get(1).id()))));

    assertThat(recorder.doneOf(delivery.id()))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.number()).isEqualTo(delivery.number());
              assertThat(event.kind()).isEqualTo(TransferKind.DELIVERY);
              assertThat(event.customerId()).isEqualTo(customer);
              assertThat(event.salesOrderId()).isEqualTo(900L);
              assertThat(event.originRef()).isEqualTo(new DocumentRef("sales.order", 900L));
              assertThat(event.occurredAt()).isNotNull();
              assertThat(event.moves())
                  .singleElement()
                  .satisfies(
                      m -> {
                        assertThat(m.moveId()).isEqualTo(moveId);
                        assertThat(m.productId()).isEqualTo(bike.id());
                        assertThat(m.doneQuantity()).isEqualByComparingTo("2");
                        assertThat(m.lotIds())
                            .containsExactly(serials.get(0).id(), serials.get(1).id());
                        assertThat(m.salesOrderLineId()).isEqualTo(9001L);
                        assertThat(m.returnOfMoveId()).isNull();
                      });
            });
  }

  @Test
  void aModuleListenerGetsTheEventAfterCommitThroughTheRegistry(Scenario scenario) {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    TransferView receipt =
        transfers.createReceipt(
            new ReceiptRequest(
                null, null, null, List.of(TransferLine.of(cable.id(), new BigDecimal("2")))));

    // Done when the registry marks the listener's publication completed, which it does only
    // after the listener has returned.
    scenario
        .stimulate(() -> transfers.validate(receipt.id(), List.of()))
        .andWaitForStateChange(() -> completedPublicationsOf(receipt.id()), count -> count == 1)
        .andVerify(
            count ->
                assertThat(recorder.doneAfterCommitOf(receipt.id()))
                    .singleElement()
                    .satisfies(
                        e ->
                            assertThat(e.moves().get(0).doneQuantity()).isEqualByComparingTo("2")));
  }

  private long completedPublicationsOf(long transferId) {
    return jdbc.sql(
            "select count(*) from event_publication where event_type = :type"
                + " and serialized_event like :id and listener_id like :listener"
                + " and completion_date is not null")
        .param("type", TransferDone.class.getName())
        .param("listener", "%" + TransferEventRecorder.class.getName() + "%")
        .param("id", "%\"transferId\":" + transferId + ",%")
        .query(Long.class)
        .single();
  }
}
