package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * From a credit note back to its ticket and order: the originating ticket and the sales order's
 * number on the document, the chatter link showing the document's current number after posting, and
 * a smart button of one document in the singular.
 */
class RefundNavigationIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Invoices invoices;

  @Test
  void theCreditNoteLinksBackToItsTicketAndOrderAndTheTicketShowsItsNumber() {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("navigator", Role.AGENT);
    TeamView team = fixtures.team("Navigation", true, agent);
    long company = fixtures.company("Nav");
    long product = fixtures.product("Grill", Tracking.NONE, "60.00");
    fixtures.inStock(product, "3");
    SalesOrderView order =
        fixtures.shippedAndInvoiced(company, product, "1", null, LocalDate.now().minusDays(1));
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    ApiResponse made =
        fixtures
            .api(agent)
            .post(
                "/api/v1/tickets/" + ticket + "/refund",
                RefundFixtures.refundBody(order.invoiceIds(), "REVERSE"));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long note = made.json().get("creditNoteIds").get(0).asLong();
    String reference =
        fixtures.api(agent).get("/api/v1/tickets/" + ticket).json().get("reference").asString();

    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    String page = session.get("/invoicing/invoices/" + note).body();
    assertThat(page).contains("id=\"smart-origin\"").contains("/helpdesk/tickets/" + ticket);
    assertThat(page).contains(reference);
    assertThat(page).contains(order.number());

    InvoiceView posted = invoices.post(note);
    String chatter = session.get("/threads/helpdesk.ticket/" + ticket).body();
    assertThat(chatter).contains(posted.number());
    assertThat(chatter).doesNotContain("Draft Credit Note");

    String ticketPage = session.get("/helpdesk/tickets/" + ticket).body();
    assertThat(ticketPage).containsPattern("id=\"smart-creditNotes\"[^>]*>\\s*<span[^>]*>1</span>");
    assertThat(ticketPage).contains(">Credit Note</span>").doesNotContain(">Credit Notes</span>");
  }
}
