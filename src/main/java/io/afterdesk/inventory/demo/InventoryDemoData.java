package io.afterdesk.inventory.demo;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductFilter;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.ReceiptRequest;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock for the demo goods (every serial in WH/Stock, quantities per lot, a quantity of each
 * untracked good) through inventory adjustments, and three receipts: one done, one ready, one
 * partly done with its backorder — so the lists are not empty.
 */
@Component
class InventoryDemoData implements DemoDataLoader {

  private final Products products;
  private final Stock stock;
  private final Transfers transfers;

  InventoryDemoData(Products products, Stock stock, Transfers transfers) {
    this.products = products;
    this.stock = stock;
    this.transfers = transfers;
  }

  @Override
  public int getOrder() {
    return 210;
  }

  @Override
  @Transactional
  public void load() {
    long warehouse = stock.locationNamed("WH/Stock").id();
    List<ProductSummary> goods = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      var batch =
          products.page(
              new ProductFilter(ProductType.GOODS, null, false),
              new PageQuery(page, PageQuery.MAX_SIZE, "id", null));
      goods.addAll(batch.items());
      if (!batch.hasNext()) {
        break;
      }
    }
    int index = 0;
    for (ProductSummary product : goods) {
      index++;
      if (product.tracking() == Tracking.SERIAL) {
        for (LotSummary serial : products.lotsOf(product.id())) {
          if (stock.inStock(product.id(), serial.id())) {
            continue;
          }
          stock.adjust(product.id(), warehouse, serial.id(), BigDecimal.ONE);
        }
      } else if (product.tracking() == Tracking.LOT) {
        int lot = 0;
        for (LotSummary each : products.lotsOf(product.id())) {
          lot++;
          stock.adjust(product.id(), warehouse, each.id(), BigDecimal.valueOf(20L + 10L * lot));
        }
      } else {
        stock.adjust(product.id(), warehouse, null, BigDecimal.valueOf(40L + 5L * (index % 7)));
      }
    }
    List<ProductSummary> untracked =
        goods.stream().filter(p -> p.tracking() == Tracking.NONE).toList();
    if (untracked.size() < 3) {
      return;
    }
    TransferView done = receipt("PO-2026-0001", untracked.get(0), "25", untracked.get(1), "15");
    transfers.validate(done.id(), List.of());
    receipt("PO-2026-0002", untracked.get(2), "30", untracked.get(0), "10");
    TransferView partial = receipt("PO-2026-0003", untracked.get(1), "12", untracked.get(2), "8");
    transfers.validate(
        partial.id(),
        List.of(
            new MoveDone(partial.moves().get(0).id(), new BigDecimal("12"), List.of()),
            new MoveDone(partial.moves().get(1).id(), new BigDecimal("5"), List.of())));
  }

  private TransferView receipt(
      String origin, ProductSummary first, String q1, ProductSummary second, String q2) {
    return transfers.createReceipt(
        new ReceiptRequest(
            null,
            origin,
            null,
            List.of(
                TransferLine.of(first.id(), new BigDecimal(q1)),
                TransferLine.of(second.id(), new BigDecimal(q2)))));
  }
}
