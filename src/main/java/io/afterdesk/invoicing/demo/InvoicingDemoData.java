package io.afterdesk.invoicing.demo;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.invoicing.CreditLineInput;
import io.afterdesk.invoicing.CreditNoteDraft;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.JournalView;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A handful of invoices of the demo customers (sales makes the bulk from orders later): paid,
 * partly paid, unpaid, a draft, and one partly reversed by a posted credit note.
 */
@Component
class InvoicingDemoData implements DemoDataLoader {

  private final Invoices invoices;
  private final Customers customers;
  private final Products products;
  private final Clock clock;

  InvoicingDemoData(Invoices invoices, Customers customers, Products products, Clock clock) {
    this.invoices = invoices;
    this.customers = customers;
    this.products = products;
    this.clock = clock;
  }

  @Override
  public int getOrder() {
    return 200;
  }

  @Override
  public void load() {
    List<Long> customerIds = customers.search("", 6).stream().map(CustomerSummary::id).toList();
    load(customerIds, products.search("", 20));
  }

  /** The demo invoices for these customers and products (nothing without either). */
  void load(List<Long> customerIds, List<ProductSummary> catalog) {
    if (customerIds.isEmpty() || catalog.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    JournalView cash =
        invoices.journals().stream().filter(j -> j.code().equals("CSH1")).findFirst().orElseThrow();

    InvoiceView paid = posted(customer(customerIds, 0), today.minusDays(40), catalog, 0, 1);
    invoices.registerPayment(paid.id(), new PaymentRequest(null, null, today.minusDays(30)));

    InvoiceView partly = posted(customer(customerIds, 1), today.minusDays(25), catalog, 2, 3);
    invoices.registerPayment(
        partly.id(),
        new PaymentRequest(
            cash.id(),
            partly
                .total()
                .amount()
                .divide(BigDecimal.valueOf(2))
                .setScale(2, java.math.RoundingMode.HALF_UP),
            today.minusDays(20)));

    posted(customer(customerIds, 2), today.minusDays(10), catalog, 4, 5);

    invoices.createDraft(
        new InvoiceDraft(
            customer(customerIds, 3),
            null,
            null,
            null,
            "Quote accepted by phone",
            today,
            today.plusDays(30),
            List.of(lineOf(catalog, 6, "1"), lineOf(catalog, 7, "2"))));

    InvoiceView reversed = posted(customer(customerIds, 4), today.minusDays(15), catalog, 8, 9);
    long note =
        invoices.createCreditNote(
            new CreditNoteDraft(
                reversed.id(),
                null,
                "Reversal of: " + reversed.number() + ", damaged on delivery",
                today.minusDays(5),
                null,
                List.of(new CreditLineInput(reversed.lines().get(0).id(), BigDecimal.ONE, null))));
    invoices.post(note);

    InvoiceView second = posted(customer(customerIds, 5), today.minusDays(3), catalog, 10, 11);
    invoices.registerPayment(second.id(), new PaymentRequest(null, null, today.minusDays(1)));
  }

  private InvoiceView posted(
      long customerId, LocalDate date, List<ProductSummary> catalog, int first, int second) {
    long id =
        invoices.createDraft(
            new InvoiceDraft(
                customerId,
                null,
                null,
                null,
                null,
                date,
                date.plusDays(30),
                List.of(lineOf(catalog, first, "2"), lineOf(catalog, second, "1"))));
    return invoices.post(id);
  }

  private static long customer(List<Long> ids, int index) {
    return ids.get(index % ids.size());
  }

  private static InvoiceLineInput lineOf(List<ProductSummary> catalog, int index, String quantity) {
    return InvoiceLineInput.ofProduct(
        catalog.get(index % catalog.size()).id(), new BigDecimal(quantity));
  }
}
