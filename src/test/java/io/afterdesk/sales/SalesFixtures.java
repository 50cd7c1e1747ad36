package io.afterdesk.sales;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.Stock;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Test data of the sales tests, made through the real facades, with unique names. */
@Component
public class SalesFixtures {

  public static final String PASSWORD = "secret-pass";

  private final UserManagement users;
  private final CustomerManagement customers;
  private final ProductManagement products;
  private final Stock stock;

  SalesFixtures(
      UserManagement users, CustomerManagement customers, ProductManagement products, Stock stock) {
    this.users = users;
    this.customers = customers;
    this.products = products;
    this.stock = stock;
  }

  public static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public UserSummary user(String login, Role role) {
    return users.create(
        new NewUser(login, "User " + login, login + "@staff.test", PASSWORD, role, Set.of()));
  }

  public long customer(String name) {
    return customers.create(CustomerInput.company(name, null, null)).id();
  }

  public ProductSummary serialProduct(String name, String price) {
    return products.create(
        ProductInput.goods(name, "SN-" + suffix(), Tracking.SERIAL, price, "1.00"));
  }

  public ProductSummary goods(String name, Tracking tracking, String price) {
    return products.create(ProductInput.goods(name, "G-" + suffix(), tracking, price, "1.00"));
  }

  public ProductSummary service(String name, String price) {
    return products.create(ProductInput.service(name, "SRV-" + suffix(), price, "1.00"));
  }

  /** Serial numbers of a product, each with one unit in WH/Stock. */
  public List<LotSummary> serialsInStock(ProductSummary product, int count) {
    List<LotSummary> serials = new ArrayList<>();
    long warehouse = stock.locationNamed("WH/Stock").id();
    for (int i = 1; i <= count; i++) {
      LotSummary serial = products.addLot(product.id(), "SN" + i + "-" + suffix());
      stock.adjust(product.id(), warehouse, serial.id(), BigDecimal.ONE);
      serials.add(serial);
    }
    return serials;
  }

  /** Lots of a product, each with {@code quantity} in WH/Stock. */
  public List<LotSummary> lotsInStock(ProductSummary product, int count, String quantity) {
    List<LotSummary> lots = new ArrayList<>();
    long warehouse = stock.locationNamed("WH/Stock").id();
    for (int i = 1; i <= count; i++) {
      LotSummary lot = products.addLot(product.id(), "LOT" + i + "-" + suffix());
      stock.adjust(product.id(), warehouse, lot.id(), new BigDecimal(quantity));
      lots.add(lot);
    }
    return lots;
  }

  public void inStock(ProductSummary product, String quantity) {
    stock.adjust(
        product.id(), stock.locationNamed("WH/Stock").id(), null, new BigDecimal(quantity));
  }
}
