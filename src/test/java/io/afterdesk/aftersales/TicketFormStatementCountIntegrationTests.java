package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.StaffAccounts;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StatementCounter;
import io.afterdesk.support.StatementCounter.Counted;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ticket form (page and chatter) and the refund and return dialogs ask the database as often
 * for a ticket with 50 credit notes and 50 returns as for one with one of each: every read path is
 * set-based, none asks once per linked document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AutoConfigureMockMvc
@Import(TicketFormStatementCountIntegrationTests.Counting.class)
class TicketFormStatementCountIntegrationTests extends IntegrationTest {

  private static final int MANY = 50;

  @TestConfiguration(proxyBeanMethods = false)
  static class Counting {
    @Bean
    static StatementCounter statementCounter() {
      return new StatementCounter();
    }
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired StatementCounter counter;
  @Autowired StaffAccounts accounts;
  @Autowired Teams teams;
  @Autowired Transfers transfers;

  private RefundFixtures fixtures;
  private UserSummary agent;
  private StaffPrincipal principal;
  private long oneOfEach;
  private long manyOfEach;

  @BeforeAll
  void twoTicketsWithTheirDocuments() {
    fixtures = new RefundFixtures(context, port);
    agent = fixtures.user("counter", Role.AGENT);
    principal = accounts.loadUserByUsername(agent.login());
    TeamView team =
        teams.create(
            new TeamDraft(
                "Counted " + fixtures.suffix,
                List.of(agent.id()),
                new AfterSalesSwitches(true, false, true, false, false),
                null,
                null));
    oneOfEach = ticketWithRefundsAndReturns(team, "One", 1);
    manyOfEach = ticketWithRefundsAndReturns(team, "Many", MANY);
  }

  @Test
  void theTicketPageAsksAsOftenForFiftyDocumentsAsForOne() throws Exception {
    assertDoesNotGrow("/helpdesk/tickets/%d");
  }

  @Test
  void theTicketChatterAsksAsOftenForFiftyDocumentsAsForOne() throws Exception {
    assertDoesNotGrow("/threads/helpdesk.ticket/%d");
  }

  @Test
  void theRefundDialogAsksAsOftenForFiftyDocumentsAsForOne() throws Exception {
    assertDoesNotGrow("/aftersales/tickets/%d/refund");
  }

  @Test
  void theReturnDialogAsksAsOftenForFiftyDocumentsAsForOne() throws Exception {
    assertDoesNotGrow("/aftersales/tickets/%d/return");
  }

  private void assertDoesNotGrow(String path) throws Exception {
    // Once unmeasured, so that caches filled on a first visit do not count for the small ticket.
    statementsOf(path.formatted(oneOfEach));
    Counted one = statementsOf(path.formatted(oneOfEach));
    Counted many = statementsOf(path.formatted(manyOfEach));
    assertThat(many.count())
        .as("%s with %d documents of each kind, against one: %s", path, MANY, many.describe())
        .isLessThanOrEqualTo(one.count());
  }

  private Counted statementsOf(String path) throws Exception {
    return counter.during(
        () ->
            mvc.perform(get(path).header("HX-Request", "true").with(user(principal)))
                .andExpect(status().isOk()));
  }

  /**
   * A ticket of a new company that bought {@code count} units and was invoiced {@code count} times,
   * with {@code count} refunds (each a posted credit note and a new draft invoice) and {@code
   * count} returns of one unit, all made through the API as the agent.
   */
  private long ticketWithRefundsAndReturns(TeamView team, String name, int count) {
    long company = fixtures.company(name);
    long product = fixtures.product(name + " gear", Tracking.NONE, "12.50");
    fixtures.inStock(product, String.valueOf(count));
    SalesOrderView order =
        fixtures.shippedAndInvoiced(company, product, String.valueOf(count), null, LocalDate.now());
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    ApiClient api = fixtures.api(agent);
    for (int i = 0; i < count; i++) {
      InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
      ApiResponse refund =
          api.post(
              "/api/v1/tickets/" + ticket + "/refund",
              RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE_AND_CREATE_INVOICE"));
      assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    }
    long delivery = order.deliveryIds().get(0);
    long move = transfers.get(delivery).moves().get(0).id();
    for (int i = 0; i < count; i++) {
      ApiResponse made =
          api.post("/api/v1/tickets/" + ticket + "/return", returnOf(delivery, move));
      assertThat(made.status()).as(made.body()).isEqualTo(201);
    }
    return ticket;
  }

  private static Map<String, Object> returnOf(long delivery, long move) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("moveId", move);
    line.put("quantity", "1");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deliveryId", delivery);
    body.put("reasonCode", "WRONG_ITEM");
    body.put("lines", List.of(line));
    return body;
  }
}
