package io.afterdesk.invoicing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.invoicing.InvoiceFilter;
import io.afterdesk.invoicing.InvoiceFixtures;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentState;
import io.afterdesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The invoicing demo data: paid, partly paid, unpaid, draft, and a posted credit note. */
class InvoicingDemoDataIntegrationTests extends IntegrationTest {

  @Autowired InvoicingDemoData demoData;
  @Autowired InvoiceFixtures fixtures;
  @Autowired Invoices invoices;
  @Autowired Products products;

  @Test
  void loadsInvoicesInEveryPaymentStateAndAPostedCreditNote() {
    String suffix = InvoiceFixtures.suffix();
    List<Long> customers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      customers.add(fixtures.customer("Demo " + i + " " + suffix));
    }
    List<ProductSummary> catalog = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      catalog.add(
          products.get(fixtures.product("Demo product " + i + " " + suffix, "1" + i + ".50")));
    }

    demoData.load(customers, catalog);

    List<InvoiceRow> rows = new ArrayList<>();
    for (long customer : customers) {
      rows.addAll(
          invoices
              .page(
                  new InvoiceFilter(null, null, null, customer, null, null),
                  PageQuery.of(0, 50, null, null))
              .items());
    }
    assertThat(rows).hasSize(7);
    assertThat(rows).filteredOn(r -> r.state() == InvoiceState.DRAFT).hasSize(1);
    assertThat(rows)
        .filteredOn(r -> r.kind() == InvoiceKind.INVOICE && r.state() == InvoiceState.POSTED)
        .extracting(InvoiceRow::paymentState)
        .containsExactlyInAnyOrder(
            PaymentState.PAID,
            PaymentState.PARTIAL,
            PaymentState.NOT_PAID,
            PaymentState.PARTIAL,
            PaymentState.PAID);
    assertThat(rows)
        .filteredOn(r -> r.kind() == InvoiceKind.CREDIT_NOTE)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.state()).isEqualTo(InvoiceState.POSTED);
              assertThat(r.number()).startsWith("RINV/");
              assertThat(r.reference()).startsWith("Reversal of: INV/");
            });
  }
}
