package io.afterdesk.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.StaffAccounts;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Follower;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.MessageKind;
import io.afterdesk.mail.ThreadAccess;
import io.afterdesk.mail.Threads;
import io.afterdesk.mail.TrackedChange;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The chatter pages of a fake document type {@code test.note}, whose access rule (defined here)
 * hides one id and makes another read-only, driven through MockMvc as a signed-in staff user.
 */
@AutoConfigureMockMvc
class ChatterIntegrationTests extends IntegrationTest {

  static final String TYPE = "test.note";
  static final long HIDDEN = 999_999_001L;
  static final long READ_ONLY = 999_999_002L;

  @TestConfiguration
  static class TestNotes {
    @Bean
    ThreadAccess testNoteAccess() {
      return new ThreadAccess() {
        @Override
        public String documentType() {
          return TYPE;
        }

        @Override
        public boolean canRead(long documentId) {
          return documentId != HIDDEN;
        }

        @Override
        public boolean canWrite(long documentId) {
          return documentId != HIDDEN && documentId != READ_ONLY;
        }
      };
    }
  }

  @Autowired MockMvc mvc;
  @Autowired Threads threads;
  @Autowired UserManagement users;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerManagement customerManagement;

  private StaffPrincipal agent;
  private long documentId;
  private DocumentRef document;

  @BeforeEach
  void signIn() {
    String login = "chatter-" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new NewUser(
            login, "Agent " + login, login + "@example.com", "secret", Role.AGENT, Set.of()));
    agent = accounts.loadUserByUsername(login);
    documentId = ThreadLocalRandom.current().nextLong(1, 900_000_000L);
    document = new DocumentRef(TYPE, documentId);
  }

  @Test
  void aMessageAndANoteAreRenderedNewestFirstWithTheirOwnClasses() throws Exception {
    postMessage("Hello customer", false);
    ChatterHtml page = postMessage("Only for us", true);

    List<ChatterHtml.Entry> entries = page.entries();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).classes()).containsExactlyInAnyOrder("message", "note");
    assertThat(entries.get(0).text("message-body")).isEqualTo("Only for us");
    assertThat(entries.get(1).classes()).containsExactly("message");
    assertThat(entries.get(1).text("message-body")).isEqualTo("Hello customer");
    assertThat(entries.get(1).text("message-author")).isEqualTo(agent.name());

    List<Message> stored = threads.messagesOf(document);
    assertThat(stored)
        .extracting(Message::kind)
        .containsExactly(MessageKind.NOTE, MessageKind.MESSAGE);
    assertThat(stored).allSatisfy(m -> assertThat(m.authorUserId()).isEqualTo(agent.userId()));
    assertThat(stored).allSatisfy(m -> assertThat(m.authorName()).isEqualTo(agent.name()));
  }

  @Test
  void trackedChangesShowOldAndNewValues() throws Exception {
    threads.track(
        document,
        Author.staff(agent.userId(), agent.name()),
        List.of(new TrackedChange("stage", "New", "In Progress")));

    ChatterHtml page = show();

    assertThat(page.entries())
        .singleElement()
        .satisfies(
            tracking -> {
              assertThat(tracking.classes()).containsExactlyInAnyOrder("message", "tracking");
              assertThat(tracking.text("message-change")).isEqualTo("Stage: New → In Progress");
            });
  }

  @Test
  void aSystemEntryShowsItsLinkButNeverAScriptLink() throws Exception {
    threads.log(document, "Refund created", "RINV/2026/00001", "/invoicing/credit-notes/7");
    threads.log(document, "Odd entry", "click", "javascript:alert(1)");

    ChatterHtml page = show();

    List<ChatterHtml.Entry> system = page.entries();
    assertThat(system).hasSize(2);
    assertThat(system).allSatisfy(e -> assertThat(e.classes()).contains("system"));
    assertThat(system.get(1).linkHref()).isEqualTo("/invoicing/credit-notes/7");
    assertThat(system.get(1).text("message-body")).isEqualTo("RINV/2026/00001 Refund created");
    assertThat(system.get(0).hasLink()).isFalse();
    assertThat(system.get(0).text("message-body")).isEqualTo("Odd entry");
  }

  @Test
  void anEmptyBodyIsRefusedInTheComposerAndWritesNothing() throws Exception {
    ChatterHtml page = postMessage("   ", false);

    assertThat(page.tagWithId("chatter-body")).contains("is-invalid");
    assertThat(page.textOf("chatter-error")).isEqualTo("Write something before sending.");
    assertThat(threads.messagesOf(document)).isEmpty();
  }

  @Test
  void aStaffUserAndACustomerCanBeAddedAsFollowersAndRemoved() throws Exception {
    String login = "follower-" + UUID.randomUUID().toString().substring(0, 8);
    UserSummary colleague =
        users.create(
            new NewUser(
                login,
                "Colleague " + login,
                login + "@example.com",
                "secret",
                Role.AGENT,
                Set.of()));
    long customerId = insertCustomer("Follower Customer " + login, login + "@customer.test");

    html(post(path("/followers")).param("userId", String.valueOf(colleague.id())));
    html(post(path("/followers")).param("customerId", String.valueOf(customerId)));
    ChatterHtml page =
        html(post(path("/followers")).param("customerId", String.valueOf(customerId)));

    assertThat(page.count("chatter-follower")).isEqualTo(2);
    assertThat(page.textOf("chatter-followers"))
        .contains(colleague.name(), "Follower Customer " + login, login + "@customer.test");
    List<Follower> followers = threads.followersOf(document);
    assertThat(followers).hasSize(2);

    Follower customer =
        followers.stream().filter(f -> f.customerId() != null).findFirst().orElseThrow();
    page = html(post(path("/followers/" + customer.id() + "/delete")));

    assertThat(page.count("chatter-follower")).isEqualTo(1);
    assertThat(threads.followersOf(document))
        .singleElement()
        .satisfies(f -> assertThat(f.userId()).isEqualTo(colleague.id()));
  }

  @Test
  void theCustomerSearchOffersMatchingCustomers() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long customerId = insertCustomer("Searchable " + tag, tag + "@customer.test");

    ChatterHtml found =
        new ChatterHtml(
            mvc.perform(get(path("/followers/candidates")).param("q", tag).with(user(agent)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(found.attributes("data-customer-id")).containsExactly(String.valueOf(customerId));
  }

  @Test
  void addingNobodyIsRefused() throws Exception {
    ChatterHtml page = html(post(path("/followers")));

    assertThat(page.textOf("chatter-follower-error"))
        .isEqualTo("Choose one customer or one staff user to add.");
    assertThat(threads.followersOf(document)).isEmpty();
  }

  @Test
  void anUnknownTypeIsNotFound() throws Exception {
    mvc.perform(get("/threads/no.such.type/1").with(user(agent))).andExpect(status().isNotFound());
  }

  @Test
  void aThreadTheUserMayNotReadIsNotFound() throws Exception {
    mvc.perform(get("/threads/" + TYPE + "/" + HIDDEN).with(user(agent)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/threads/" + TYPE + "/" + HIDDEN + "/messages")
                .param("body", "hello")
                .with(user(agent))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(threads.messagesOf(new DocumentRef(TYPE, HIDDEN))).isEmpty();
  }

  @Test
  void aReadOnlyThreadShowsNoComposerAndRefusesWrites() throws Exception {
    DocumentRef readOnly = new DocumentRef(TYPE, READ_ONLY);
    String page =
        mvc.perform(get("/threads/" + TYPE + "/" + READ_ONLY).with(user(agent)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(new ChatterHtml(page).has("chatter-composer")).isFalse();
    assertThat(new ChatterHtml(page).has("chatter-add-follower")).isFalse();

    mvc.perform(
            post("/threads/" + TYPE + "/" + READ_ONLY + "/messages")
                .param("body", "hello")
                .with(user(agent))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(threads.messagesOf(readOnly)).isEmpty();
  }

  @Test
  void aPostWithoutCsrfTokenIsForbiddenAndWritesNothing() throws Exception {
    mvc.perform(post(path("/messages")).param("body", "hello").with(user(agent)))
        .andExpect(status().isForbidden());
    assertThat(threads.messagesOf(document)).isEmpty();
  }

  @Test
  void aStrangerIsSentToTheLogin() throws Exception {
    mvc.perform(get(path(""))).andExpect(status().is3xxRedirection());
  }

  private ChatterHtml show() throws Exception {
    return new ChatterHtml(
        mvc.perform(get(path("")).with(user(agent)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private ChatterHtml postMessage(String body, boolean internal) throws Exception {
    return html(
        post(path("/messages")).param("body", body).param("internal", String.valueOf(internal)));
  }

  private ChatterHtml html(MockHttpServletRequestBuilder request) throws Exception {
    return new ChatterHtml(
        mvc.perform(request.with(user(agent)).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String path(String rest) {
    return "/threads/" + TYPE + "/" + documentId + rest;
  }

  private long insertCustomer(String name, String email) {
    return customerManagement.create(CustomerInput.individual(name, email, null)).id();
  }
}
