package io.afterdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.domain.OutboxDispatcher;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxDispatchIntegrationTests extends MailTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired Outbox outbox;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  HelpdeskFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
  }

  @Test
  void aTicketMessageReachesTheFollowersButNotItsAuthor() throws Exception {
    UserSummary agent = fixtures.user("mailagent", Role.AGENT);
    UserSummary colleague = fixtures.user("mailcolleague", Role.AGENT);
    TeamView team = fixtures.team("Mail team", agent, colleague);
    long company = fixtures.company("Mail Co");
    String customerEmail = "contact-" + fixtures.suffix + "@customer.test";
    long contact = fixtures.contact("Mail Contact", company, customerEmail);
    ApiClient api = ApiClient.at(port).as(agent.login(), HelpdeskFixtures.PASSWORD);
    ApiResponse created =
        api.post(
            "/api/v1/tickets",
            Map.of(
                "subject",
                "Broken kettle " + fixtures.suffix,
                "teamId",
                team.id(),
                "customerId",
                contact));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long ticket = created.json().get("id").asLong();
    assertThat(
            api.post("/api/v1/tickets/" + ticket + "/followers", Map.of("userId", colleague.id()))
                .status())
        .isIn(200, 201);

    ApiResponse posted =
        api.post(
            "/api/v1/tickets/" + ticket + "/messages",
            Map.of("body", "We are on it " + fixtures.suffix, "internal", false));
    assertThat(posted.status()).as(posted.body()).isIn(200, 201);

    dispatcher.dispatch();

    List<MimeMessage> toCustomer = received(customerEmail);
    assertThat(toCustomer).hasSize(1);
    MimeMessage mail = toCustomer.get(0);
    assertThat(mail.getSubject()).contains("Broken kettle " + fixtures.suffix);
    String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
    assertThat(body).contains("We are on it " + fixtures.suffix).contains("/my/tickets/" + ticket);
    assertThat(mail.getHeader("In-Reply-To")[0])
        .isEqualTo(outbox.threadId(new DocumentRef("helpdesk.ticket", ticket)));
    assertThat(mail.getMessageID())
        .isEqualTo(
            outbox.ofDocument(new DocumentRef("helpdesk.ticket", ticket)).stream()
                .filter(e -> e.recipientEmail().equals(customerEmail))
                .findFirst()
                .orElseThrow()
                .messageId());

    List<MimeMessage> toColleague = received(colleague.email());
    assertThat(toColleague).hasSize(1);
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(toColleague.get(0)))
        .contains("/helpdesk/tickets/" + ticket)
        .doesNotContain("/my/tickets/" + ticket);
    assertThat(received(agent.email())).isEmpty();
  }

  @Test
  void anInternalNoteSendsNothing() throws Exception {
    UserSummary agent = fixtures.user("noteagent", Role.AGENT);
    TeamView team = fixtures.team("Note team", agent);
    String customerEmail = "note-" + fixtures.suffix + "@customer.test";
    long contact = fixtures.contact("Note Contact", null, customerEmail);
    ApiClient api = ApiClient.at(port).as(agent.login(), HelpdeskFixtures.PASSWORD);
    long ticket =
        api.post(
                "/api/v1/tickets",
                Map.of(
                    "subject",
                    "Note " + fixtures.suffix,
                    "teamId",
                    team.id(),
                    "customerId",
                    contact))
            .json()
            .get("id")
            .asLong();

    ApiResponse noted =
        api.post(
            "/api/v1/tickets/" + ticket + "/messages",
            Map.of("body", "Customer seems upset", "internal", true));
    assertThat(noted.status()).as(noted.body()).isIn(200, 201);
    dispatcher.dispatch();

    assertThat(outbox.ofDocument(new DocumentRef("helpdesk.ticket", ticket))).isEmpty();
    assertThat(received(customerEmail)).isEmpty();
  }

  @Test
  void theDispatcherRetriesWithBackOffUntilTheServerComesBack() throws Exception {
    String to = "retry-" + UUID.randomUUID() + "@customer.test";
    long id = queue(to);
    smtp.stop();

    dispatcher.dispatch();

    OutboxEntry failed = outbox.get(id);
    assertThat(failed.state()).isEqualTo(OutboxState.QUEUED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(failed.nextAttemptAt()).isAfter(Instant.now().plus(Duration.ofSeconds(50)));

    smtp = newSmtp();
    smtp.start();
    dispatcher.dispatch();
    assertThat(outbox.get(id).state()).as("not due yet").isEqualTo(OutboxState.QUEUED);
    makeDue(id);
    dispatcher.dispatch();

    OutboxEntry sent = outbox.get(id);
    assertThat(sent.state()).isEqualTo(OutboxState.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.sentAt()).isNotNull();
    assertThat(received(to)).hasSize(1);
  }

  @Test
  void afterTheLastAttemptTheMailIsFailedWithTheSmtpErrorAndCanBeResent() throws Exception {
    String to = "fail-" + UUID.randomUUID() + "@customer.test";
    long id = queue(to);
    smtp.stop();
    jdbc.sql("update mail_outbox set attempts = 7 where id = :id").param("id", id).update();

    dispatcher.dispatch();

    OutboxEntry failed = outbox.get(id);
    assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
    assertThat(failed.attempts()).isEqualTo(8);
    assertThat(failed.lastError()).isNotBlank();

    outbox.resend(id);
    smtp = newSmtp();
    smtp.start();
    dispatcher.dispatch();
    assertThat(outbox.get(id).state()).isEqualTo(OutboxState.SENT);
    assertThat(received(to)).hasSize(1);
  }

  @Test
  void twoDispatchersInParallelSendEachMailExactlyOnce() throws Exception {
    String prefix = "parallel-" + UUID.randomUUID();
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(queue(prefix + "-" + i + "@customer.test"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> runs = List.of(dispatcher::dispatch, dispatcher::dispatch);
      for (Future<Integer> run : pool.invokeAll(runs)) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    for (long id : ids) {
      assertThat(outbox.get(id).state()).isEqualTo(OutboxState.SENT);
      assertThat(outbox.get(id).attempts()).isEqualTo(1);
    }
    for (int i = 0; i < 30; i++) {
      assertThat(received(prefix + "-" + i + "@customer.test")).hasSize(1);
    }
  }

  @Test
  void aCrashBetweenClaimAndSendLosesNothing() throws Exception {
    String to = "crash-" + UUID.randomUUID() + "@customer.test";
    long id = queue(to);
    // A dispatcher claims the row (among others that are due) and dies before sending anything.
    List<OutboxDispatcher.Claim> claimed = dispatcher.claim(1000);
    assertThat(claimed).extracting(OutboxDispatcher.Claim::id).contains(id);
    assertThat(outbox.get(id).state()).isEqualTo(OutboxState.SENDING);
    dispatcher.dispatch();
    assertThat(received(to)).as("a fresh claim is left alone").isEmpty();

    jdbc.sql(
            "update mail_outbox set claimed_at = claimed_at - interval '10 minutes'"
                + " where id in (:ids)")
        .param("ids", claimed.stream().map(OutboxDispatcher.Claim::id).toList())
        .update();
    dispatcher.dispatch();
    dispatcher.dispatch();

    OutboxEntry sent = outbox.get(id);
    assertThat(sent.state()).isEqualTo(OutboxState.SENT);
    List<MimeMessage> mails = received(to);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getMessageID()).isEqualTo(sent.messageId());
  }

  private long queue(String to) {
    return transactions.execute(
        status ->
            outbox.enqueue(
                new OutgoingMail(
                    MailPurpose.TICKET_MESSAGE,
                    to,
                    "Test Recipient",
                    "Hello " + to,
                    "<p>Hello</p>",
                    "Hello",
                    null,
                    null,
                    null,
                    List.of(new MailAttachment("note.txt", "text/plain", "hi".getBytes())))));
  }

  private void makeDue(long id) {
    jdbc.sql("update mail_outbox set next_attempt_at = clock_timestamp() where id = :id")
        .param("id", id)
        .update();
  }

  private List<MimeMessage> received(String email) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message -> {
              try {
                return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(email));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
