package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.common.web.PageQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inventory demo data puts the goods in stock and leaves receipts done and ready. */
class InventoryDemoDataIntegrationTests extends InventoryIntegrationTest {

  @Autowired List<DemoDataLoader> loaders;
  @Autowired InventoryFixtures fixtures;
  @Autowired Products products;
  @Autowired Stock stock;
  @Autowired Transfers transfers;

  @Test
  void putsEverySerialEachLotAndTheUntrackedGoodsInStock() {
    ProductSummary serial = fixtures.product(Tracking.SERIAL);
    List<LotSummary> serials = fixtures.lots(serial, 2);
    ProductSummary lotted = fixtures.product(Tracking.LOT);
    List<LotSummary> lots = fixtures.lots(lotted, 2);
    ProductSummary plain = fixtures.product(Tracking.NONE);
    DemoDataLoader loader =
        loaders.stream().filter(l -> l.getOrder() == 210).findFirst().orElseThrow();

    loader.load();

    long warehouse = fixtures.stockLocation();
    for (LotSummary s : serials) {
      assertThat(stock.onHand(serial.id(), warehouse, s.id())).isEqualByComparingTo("1");
    }
    for (LotSummary l : lots) {
      assertThat(stock.onHand(lotted.id(), warehouse, l.id())).isPositive();
    }
    assertThat(stock.onHand(plain.id(), warehouse, null)).isPositive();
    assertThat(
            transfers
                .page(
                    new TransferFilter(TransferKind.RECEIPT, TransferState.DONE, null, null),
                    PageQuery.of(0, 5, null, "PO-2026-0001"),
                    List.of())
                .total())
        .isPositive();
    assertThat(
            transfers
                .page(
                    new TransferFilter(TransferKind.RECEIPT, TransferState.READY, null, null),
                    PageQuery.of(0, 5, null, "PO-2026-0002"),
                    List.of())
                .total())
        .isPositive();
  }
}
