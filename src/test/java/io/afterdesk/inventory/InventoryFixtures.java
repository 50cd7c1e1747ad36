package io.afterdesk.inventory;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Test data for inventory, made through the real facades (products, lots, customers, stock). */
@Component
public class InventoryFixtures {

  private final ProductManagement products;
  private final CustomerManagement customers;
  private final Stock stock;
  private final Transfers transfers;

  InventoryFixtures(
      ProductManagement products, CustomerManagement customers, Stock stock, Transfers transfers) {
    this.products = products;
    this.customers = customers;
    this.stock = stock;
    this.transfers = transfers;
  }

  public static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public ProductSummary product(Tracking tracking) {
    String s = suffix();
    return products.create(
        ProductInput.goods("Item " + tracking + " " + s, "INV-" + s, tracking, "10.00", "4.00"));
  }

  public List<LotSummary> lots(ProductSummary product, int count) {
    List<LotSummary> lots = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      lots.add(products.addLot(product.id(), "L" + i + "-" + suffix()));
    }
    return lots;
  }

  public long customer() {
    return customers.create(CustomerInput.company("Customer " + suffix(), null, null)).id();
  }

  public long stockLocation() {
    return stock.locationNamed("WH/Stock").id();
  }

  public long customersLocation() {
    return stock.locationNamed("Partners/Customers").id();
  }

  public void putInStock(ProductSummary product, LotSummary lot, String quantity) {
    stock.adjust(product.id(), stockLocation(), lot.id(), new BigDecimal(quantity));
  }

  public void putInStock(ProductSummary product, String quantity) {
    stock.adjust(product.id(), stockLocation(), null, new BigDecimal(quantity));
  }

  public TransferView delivery(long customerId, ProductSummary product, String quantity) {
    return transfers.createDelivery(
        new DeliveryRequest(
            customerId,
            null,
            "TEST-" + suffix(),
            null,
            List.of(new TransferLine(product.id(), new BigDecimal(quantity), null))));
  }
}
