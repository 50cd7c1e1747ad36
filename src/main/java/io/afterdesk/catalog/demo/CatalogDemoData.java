package io.afterdesk.catalog.demo;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.demo.DemoDataLoader;
import org.springframework.stereotype.Component;

/**
 * Twenty demo products: untracked goods, lot-tracked consumables, serial-tracked bikes and laptops
 * (with their serial numbers) and services, all at 10 % tax.
 */
@Component
class CatalogDemoData implements DemoDataLoader {

  private final ProductManagement products;

  CatalogDemoData(ProductManagement products) {
    this.products = products;
  }

  @Override
  public int getOrder() {
    return 120;
  }

  @Override
  public void load() {
    goods("USB-C Charging Cable 1m", "CAB-USBC-1", "9.90", "3.20");
    goods("USB-C Charging Cable 2m", "CAB-USBC-2", "12.90", "4.10");
    goods("HDMI Cable 2m", "CAB-HDMI-2", "14.50", "4.80");
    goods("Laptop Sleeve 14\"", "CASE-L14", "29.00", "11.00");
    goods("Phone Case Rugged", "CASE-PH-R", "19.00", "6.50");
    goods("Bike Helmet City", "BK-HELMET", "59.00", "24.00");
    goods("Bike Lock U-Shape", "BK-LOCK-U", "39.00", "15.00");
    goods("Wireless Mouse", "ACC-MOUSE", "24.90", "9.00");

    lots("Thermal Paste 4g", "CONS-TP-4", "8.50", "2.40", "LOT-2026-00", 4);
    lots("Chain Lubricant 100ml", "BK-LUBE-100", "11.00", "3.90", "LOT-LUBE-2026-0", 3);
    lots("Brake Pads (pair)", "BK-PADS", "18.00", "6.20", "LOT-PADS-2026-0", 3);
    lots("Li-ion Battery Cell 18650", "CELL-18650", "6.90", "2.80", "LOT-CELL-2026-0", 3);

    serials("E-Bike Pro 500", "EBIKE-P500", "1899.00", "1240.00", "SN-EB500-", 8);
    serials("E-Bike City 300", "EBIKE-C300", "1299.00", "860.00", "SN-EB300-", 6);
    serials("Laptop X14", "LAP-X14", "1249.00", "910.00", "SN-X14-", 10);
    serials("Laptop X16 Pro", "LAP-X16P", "1799.00", "1320.00", "SN-X16P-", 5);
    serials("E-Bike Battery Pack 500Wh", "EBIKE-BAT500", "499.00", "310.00", "SN-BAT500-", 7);

    products.create(ProductInput.service("Repair labour", "SRV-LABOUR", "45.00", "25.00"));
    products.create(ProductInput.service("On-site visit", "SRV-ONSITE", "80.00", "40.00"));
    products.create(
        ProductInput.service("Extended warranty 1 year", "SRV-WARR-1Y", "99.00", "20.00"));
  }

  private void goods(String name, String reference, String price, String cost) {
    products.create(ProductInput.goods(name, reference, Tracking.NONE, price, cost));
  }

  private void lots(
      String name, String reference, String price, String cost, String prefix, int count) {
    ProductSummary product =
        products.create(ProductInput.goods(name, reference, Tracking.LOT, price, cost));
    for (int i = 1; i <= count; i++) {
      products.addLot(product.id(), prefix + i);
    }
  }

  private void serials(
      String name, String reference, String price, String cost, String prefix, int count) {
    ProductSummary product =
        products.create(ProductInput.goods(name, reference, Tracking.SERIAL, price, cost));
    for (int i = 1; i <= count; i++) {
      products.addLot(product.id(), prefix + String.format("%04d", i));
    }
  }
}
