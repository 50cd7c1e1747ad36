package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.Threads;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The refund's chatter notes — "Refund created" on the ticket, "Created from ticket" on the credit
 * note, "Refund posted" from the status listener — are stored as message keys and shown in the
 * reader's language, as the chatter page renders them; the stored English body stays for readers of
 * old entries and for mail.
 */
@EnableScenarios
class RefundNotesLanguageIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Invoices invoices;
  @Autowired Threads threads;

  @Test
  void aVietnameseReaderSeesTheRefundNotesInVietnameseAndAnEnglishReaderInEnglish(
      Scenario scenario) {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("lang", Role.AGENT);
    TeamView team = fixtures.team("Lang", true, agent);
    long company = fixtures.company("Lang Co");
    long product = fixtures.product("Kettle", Tracking.NONE, "12.00");
    InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    ApiResponse refund =
        fixtures
            .api(agent)
            .post(
                "/api/v1/tickets/" + ticket + "/refund",
                RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"));
    assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    long note = refund.json().get("creditNoteIds").get(0).asLong();

    scenario
        .stimulate(() -> invoices.post(note))
        .andWaitForStateChange(
            () -> keysOf(Tickets.ref(ticket)),
            keys -> keys.contains("aftersales.note.refund-posted"))
        .andVerify(keys -> assertThat(keys).contains("aftersales.note.refund-created"));

    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    String ticketVi = session.get("/threads/helpdesk.ticket/" + ticket + "?lang=vi").body();
    assertThat(ticketVi)
        .contains("Đã tạo phiếu hoàn tiền", "Đã ghi sổ phiếu hoàn tiền")
        .doesNotContain("Refund created", "Refund posted");
    String noteVi = session.get("/threads/invoicing.invoice/" + note + "?lang=vi").body();
    assertThat(noteVi).contains("Được tạo từ phiếu").doesNotContain("Created from ticket");

    String ticketEn = session.get("/threads/helpdesk.ticket/" + ticket + "?lang=en").body();
    assertThat(ticketEn)
        .contains("Refund created", "Refund posted")
        .doesNotContain("Đã tạo phiếu hoàn tiền");
    String noteEn = session.get("/threads/invoicing.invoice/" + note + "?lang=en").body();
    assertThat(noteEn).contains("Created from ticket");
  }

  private List<String> keysOf(DocumentRef document) {
    return threads.messagesOf(document).stream()
        .map(Message::bodyKey)
        .filter(java.util.Objects::nonNull)
        .toList();
  }
}
