package io.afterdesk.invoicing;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Test data made through the real facades (drafts are posted by posting them). */
@Component
public class InvoiceFixtures {

  private final Invoices invoices;
  private final CustomerManagement customers;
  private final ProductManagement products;
  private final JdbcClient jdbc;

  InvoiceFixtures(
      Invoices invoices,
      CustomerManagement customers,
      ProductManagement products,
      JdbcClient jdbc) {
    this.invoices = invoices;
    this.customers = customers;
    this.products = products;
    this.jdbc = jdbc;
  }

  public static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public long customer(String name) {
    return customers
        .create(
            CustomerInput.company(name, null, null)
                .withAddress("1 Main St", "10000", "Hanoi", "VN"))
        .id();
  }

  /** A product at {@code price} with 10 % tax. */
  public long product(String name, String price) {
    return products
        .create(ProductInput.goods(name, "P-" + suffix(), Tracking.NONE, price, "1"))
        .id();
  }

  /** A SALE journal of one's own, so its numbers start at 1 whatever other tests post. */
  public long saleJournal(String code) {
    return jdbc.sql(
            "insert into journal (code, name, type) values (:code, :code, 'SALE') returning id")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  public static InvoiceLineInput line(String quantity, String unitPrice, String taxRate) {
    return new InvoiceLineInput(
        null,
        "Line " + quantity + " x " + unitPrice,
        new BigDecimal(quantity),
        new BigDecimal(unitPrice),
        null,
        new BigDecimal(taxRate),
        null);
  }

  public long draftFor(long customerId, InvoiceLineInput... lines) {
    return invoices.createDraft(InvoiceDraft.of(customerId, List.of(lines)));
  }

  public InvoiceView postedInvoiceFor(long customerId, InvoiceLineInput... lines) {
    return invoices.post(draftFor(customerId, lines));
  }
}
