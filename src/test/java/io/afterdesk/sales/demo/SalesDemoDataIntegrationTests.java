package io.afterdesk.sales.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.invoicing.InvoiceFilter;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentState;
import io.afterdesk.sales.SalesFixtures;
import io.afterdesk.sales.SalesOrderFilter;
import io.afterdesk.sales.SalesOrderRow;
import io.afterdesk.sales.SalesOrderState;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import io.afterdesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sales demo data: thirty delivered and invoiced orders (paid, partly paid, not paid), orders
 * not delivered, delivered but not invoiced, two quotations; the portal customer's company gets
 * delivered and invoiced orders of a serial-tracked product.
 */
class SalesDemoDataIntegrationTests extends IntegrationTest {

  @Autowired SalesDemoData demoData;
  @Autowired SalesFixtures fixtures;
  @Autowired SalesOrders orders;
  @Autowired Invoices invoices;
  @Autowired Products products;

  @Test
  void loadsOrdersInEveryStageAndSerialsForThePortalCompany() {
    String suffix = SalesFixtures.suffix();
    List<Long> customers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      customers.add(fixtures.customer("Demo buyer " + i + " " + suffix));
    }
    long portalCompany = fixtures.customer("Demo portal company " + suffix);
    ProductSummary serial = fixtures.serialProduct("Demo bike " + suffix, "999.00");
    fixtures.serialsInStock(serial, 12);
    ProductSummary lot = fixtures.goods("Demo lube " + suffix, Tracking.LOT, "11.00");
    fixtures.lotsInStock(lot, 3, "200");
    ProductSummary plain = fixtures.goods("Demo cable " + suffix, Tracking.NONE, "9.90");
    fixtures.inStock(plain, "500");
    ProductSummary service = fixtures.service("Demo labour " + suffix, "45.00");

    demoData.load(customers, List.of(serial, lot, plain, service), List.of(portalCompany), null);

    List<SalesOrderView> all = new ArrayList<>();
    for (long customer : append(customers, portalCompany)) {
      for (SalesOrderRow row :
          orders
              .page(
                  new SalesOrderFilter(null, null, customer, null),
                  PageQuery.of(0, 100, null, null))
              .items()) {
        all.add(orders.get(row.id()));
      }
    }
    assertThat(all).hasSize(SalesDemoData.INVOICED_ORDERS + 3 + 3 + 2);
    assertThat(all).filteredOn(SalesOrderView::isQuotation).hasSize(2);
    assertThat(all)
        .filteredOn(o -> o.state() == SalesOrderState.SALE && !o.invoiceIds().isEmpty())
        .hasSize(SalesDemoData.INVOICED_ORDERS);
    assertThat(all)
        .filteredOn(o -> o.isConfirmed() && o.invoiceIds().isEmpty() && o.hasSomethingToInvoice())
        .isNotEmpty();

    List<InvoiceRow> portalInvoices =
        invoices
            .page(
                new InvoiceFilter(null, InvoiceState.POSTED, null, portalCompany, null, null),
                PageQuery.of(0, 50, null, null))
            .items();
    assertThat(portalInvoices).hasSize(4);
    assertThat(all)
        .filteredOn(o -> o.customerId() == portalCompany)
        .allSatisfy(
            o ->
                assertThat(o.lines())
                    .anySatisfy(
                        l -> {
                          assertThat(l.productId()).isEqualTo(serial.id());
                          assertThat(l.deliveredQuantity()).isEqualByComparingTo("1");
                          assertThat(l.invoicedQuantity()).isEqualByComparingTo("1");
                        }));

    List<InvoiceRow> posted = new ArrayList<>();
    for (long customer : append(customers, portalCompany)) {
      posted.addAll(
          invoices
              .page(
                  new InvoiceFilter(null, InvoiceState.POSTED, null, customer, null, null),
                  PageQuery.of(0, 100, null, null))
              .items());
    }
    assertThat(posted)
        .extracting(InvoiceRow::paymentState)
        .contains(PaymentState.PAID, PaymentState.PARTIAL, PaymentState.NOT_PAID);
  }

  private static List<Long> append(List<Long> list, long one) {
    List<Long> all = new ArrayList<>(list);
    all.add(one);
    return all;
  }
}
