package io.afterdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.demo.DemoDataLoading;
import io.afterdesk.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the threads facade records, on PostgreSQL. */
class ThreadsIntegrationTests extends IntegrationTest {

  @Autowired Threads threads;
  @Autowired Outbox outbox;

  private final DocumentRef document =
      new DocumentRef("test.thread", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
  private final Author agent = Author.staff(42, "Agent Smith");

  @Test
  void trackingIgnoresUnchangedFields() {
    var logged =
        threads.track(
            document,
            agent,
            List.of(
                new TrackedChange("stage", "New", "In Progress"),
                new TrackedChange("assignee", "Ann", "Ann"),
                new TrackedChange("team", null, null)));

    assertThat(logged).isPresent();
    assertThat(threads.messagesOf(document))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(MessageKind.TRACKING);
              assertThat(m.changes())
                  .containsExactly(new TrackedChange("stage", "New", "In Progress"));
            });
  }

  @Test
  void trackingNothingChangedRecordsNothing() {
    var logged = threads.track(document, agent, List.of(new TrackedChange("stage", "New", "New")));

    assertThat(logged).isEmpty();
    assertThat(threads.messagesOf(document)).isEmpty();
  }

  @Test
  void followingTwiceKeepsOneFollower() {
    Follower first = threads.followAsCustomer(document, 7001, "Customer", "c@example.com");
    Follower second = threads.followAsCustomer(document, 7001, "Customer", "c@example.com");
    threads.followAsStaff(document, 42, "Agent Smith", null);
    threads.followAsStaff(document, 42, "Agent Smith", null);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(threads.followersOf(document)).hasSize(2);
  }

  @Test
  void unfollowRemovesOnlyThatFollowerOfThatDocument() {
    Follower follower = threads.followAsStaff(document, 42, "Agent Smith", null);
    DocumentRef other = new DocumentRef(document.type(), document.id() - 1);

    assertThat(threads.unfollow(other, follower.id())).isFalse();
    assertThat(threads.unfollow(document, follower.id())).isTrue();
    assertThat(threads.followersOf(document)).isEmpty();
  }

  @Test
  void messagesComeNewestFirstWithTheirKindsAndAuthors() {
    threads.post(document, agent, "  first  ");
    threads.note(document, agent, "second");
    threads.log(document, "third", "S00001", "/sales/orders/1");

    List<Message> messages = threads.messagesOf(document);

    assertThat(messages).extracting(Message::body).containsExactly("third", "second", "first");
    assertThat(messages)
        .extracting(Message::kind)
        .containsExactly(MessageKind.SYSTEM, MessageKind.NOTE, MessageKind.MESSAGE);
    assertThat(messages.get(2).authorUserId()).isEqualTo(42L);
    assertThat(messages.get(0).linkUrl()).isEqualTo("/sales/orders/1");
    assertThat(threads.countMessages(document, MessageKind.NOTE)).isEqualTo(1);
  }

  @Test
  void messagesPostedWhileTheDemoDataLoadsAreNeverEmailed() {
    threads.followAsCustomer(document, 424242L, "Demo Customer", "demo@customer.test");

    DemoDataLoading.run(() -> threads.post(document, Author.system(), "A demo message"));
    assertThat(outbox.ofDocument(document)).isEmpty();

    threads.post(document, Author.system(), "A real message");
    assertThat(outbox.ofDocument(document))
        .singleElement()
        .satisfies(mail -> assertThat(mail.recipientEmail()).isEqualTo("demo@customer.test"));
  }
}
