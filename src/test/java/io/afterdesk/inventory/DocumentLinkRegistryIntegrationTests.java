package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.SalesOrders;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every module that owns a document type feeds the one registry of links, so that inventory's pages
 * (and every other module) link documents of modules they do not know.
 */
class DocumentLinkRegistryIntegrationTests extends InventoryIntegrationTest {

  @Autowired DocumentLinks links;
  @Autowired InventoryFixtures fixtures;

  @Test
  void eachModuleAnswersTheStaffUrlOfItsOwnDocuments() {
    assertThat(links.url(new DocumentRef(Tickets.DOCUMENT_TYPE, 12)))
        .contains("/helpdesk/tickets/12");
    assertThat(links.url(new DocumentRef(SalesOrders.DOCUMENT_TYPE, 12)))
        .contains("/sales/orders/12");
    assertThat(links.url(new DocumentRef(Invoices.DOCUMENT_TYPE, 12)))
        .contains("/invoicing/invoices/12");
    assertThat(links.url(new DocumentRef(Transfers.DOCUMENT_TYPE, 12)))
        .contains("/inventory/transfers/12");
    assertThat(links.url(new DocumentRef("nobody.thing", 12))).isEmpty();
  }

  @Test
  void thePortalAnswersTheCustomersPageOfATicketAndOnlyOfDocumentsItShows() {
    assertThat(links.portalUrl(Tickets.ref(12))).contains("/my/tickets/12");
    assertThat(links.portalUrl(new DocumentRef(Transfers.DOCUMENT_TYPE, 12))).isEmpty();
  }

  @Test
  void aTransferIsLinkedByItsNumber() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    TransferView delivery = fixtures.delivery(fixtures.customer(), cable, "1");

    DocumentLink link =
        links.of(new DocumentRef(Transfers.DOCUMENT_TYPE, delivery.id()), Locale.ENGLISH).get();

    assertThat(link.label()).isEqualTo(delivery.number());
    assertThat(link.url()).isEqualTo("/inventory/transfers/" + delivery.id());
    assertThat(link.portalUrl()).isNull();
  }
}
