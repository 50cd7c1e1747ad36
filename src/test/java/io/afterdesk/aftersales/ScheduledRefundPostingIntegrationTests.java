package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.CreditNoteSchedule;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.Threads;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.SettableClock;
import io.afterdesk.support.SettableClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A refund dated later than today: its credit note stays draft and scheduled; invoicing's job, run
 * with the clock set to each day, leaves it alone before its date and posts it on its date (once: a
 * later run changes nothing), and the ticket then gets "Refund posted".
 */
@Import(SettableClockConfiguration.class)
@EnableScenarios
class ScheduledRefundPostingIntegrationTests extends IntegrationTest {

  /** How long the status-note listeners may take on a busy machine. */
  static final Duration LISTENERS = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Invoices invoices;
  @Autowired Threads threads;
  @Autowired CreditNoteSchedule schedule;
  @Autowired SettableClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aFutureDatedReversalStaysDraftUntilTheJobPostsItOnItsDay(Scenario scenario) {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("later", Role.AGENT);
    TeamView team = fixtures.team("Later", true, agent);
    long company = fixtures.company("Later Co");
    long product = fixtures.product("Blender", Tracking.NONE, "10.00");
    InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    LocalDate today = LocalDate.now(clock);
    LocalDate later = today.plusDays(3);
    Map<String, Object> body =
        new LinkedHashMap<>(
            RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE_AND_CREATE_INVOICE"));
    body.put("reversalDate", later.toString());
    ApiResponse done = fixtures.api(agent).post("/api/v1/tickets/" + ticket + "/refund", body);
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    long note = done.json().get("creditNoteIds").get(0).asLong();
    assertThat(invoices.get(note).state()).isEqualTo(InvoiceState.DRAFT);
    assertThat(schedule.scheduledDateOf(InvoiceId.of(note))).contains(later);

    clock.setDate(later.minusDays(1));
    schedule.run();
    assertThat(invoices.get(note).state()).isEqualTo(InvoiceState.DRAFT);

    clock.setDate(later);
    scenario
        .stimulate(() -> schedule.run())
        .andWaitAtMost(LISTENERS)
        .andWaitForStateChange(
            () -> keysOf(ticket), keys -> keys.contains("aftersales.note.refund-posted"))
        .andVerify(keys -> assertThat(invoices.get(note).state()).isEqualTo(InvoiceState.POSTED));
    assertThat(schedule.scheduledDateOf(InvoiceId.of(note))).isEmpty();

    String number = invoices.get(note).number();
    clock.setDate(later.plusDays(1));
    schedule.run();
    assertThat(invoices.get(note).number()).isEqualTo(number);
  }

  private List<String> keysOf(long ticket) {
    return threads.messagesOf(Tickets.ref(ticket)).stream()
        .map(Message::bodyKey)
        .filter(Objects::nonNull)
        .toList();
  }
}
