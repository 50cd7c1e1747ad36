package io.afterdesk.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.MessageKind;
import io.afterdesk.mail.TrackedChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How chatter entries read: relative times, tracked field labels, safe links, in both languages.
 */
class ChatterEntriesTests {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private final ChatterEntries entries =
      new ChatterEntries(
          bundles(),
          io.afterdesk.common.DocumentLinks.of(java.util.List.of()),
          java.time.Clock.systemDefaultZone());
  private final Instant now = Instant.parse("2026-03-10T12:00:00Z");

  @Test
  void relativeTimesInEnglish() {
    assertThat(entries.ago(now.minusSeconds(20), now, Locale.ENGLISH)).isEqualTo("just now");
    assertThat(entries.ago(now.minus(Duration.ofMinutes(1)), now, Locale.ENGLISH))
        .isEqualTo("1 minute ago");
    assertThat(entries.ago(now.minus(Duration.ofMinutes(5)), now, Locale.ENGLISH))
        .isEqualTo("5 minutes ago");
    assertThat(entries.ago(now.minus(Duration.ofHours(3)), now, Locale.ENGLISH))
        .isEqualTo("3 hours ago");
    assertThat(entries.ago(now.minus(Duration.ofDays(2)), now, Locale.ENGLISH))
        .isEqualTo("2 days ago");
    assertThat(entries.ago(now.minus(Duration.ofDays(30)), now, Locale.ENGLISH))
        .doesNotContain("ago");
  }

  @Test
  void relativeTimesInVietnamese() {
    assertThat(entries.ago(now.minusSeconds(20), now, VI)).isEqualTo("vừa xong");
    assertThat(entries.ago(now.minus(Duration.ofMinutes(5)), now, VI)).isEqualTo("5 phút trước");
  }

  @Test
  void trackedFieldsAreLabelledAndEmptyValuesShown() {
    Message tracking =
        new Message(
            1,
            new DocumentRef("test", 1),
            MessageKind.TRACKING,
            "",
            1L,
            null,
            "Agent",
            null,
            null,
            List.of(
                new TrackedChange("stage", "New", "In Progress"),
                new TrackedChange("Deadline", null, "2026-03-12")),
            now,
            null,
            List.of());

    List<ChatterEntry.Change> changes = entries.of(List.of(tracking), VI).get(0).changes();

    assertThat(changes)
        .containsExactly(
            new ChatterEntry.Change("Giai đoạn", "New", "In Progress"),
            new ChatterEntry.Change("Deadline", "Không có", "2026-03-12"));
  }

  @Test
  void onlyApplicationAndWebLinksAreShown() {
    assertThat(ChatterEntries.safeLink("/invoicing/credit-notes/1"))
        .isEqualTo("/invoicing/credit-notes/1");
    assertThat(ChatterEntries.safeLink("https://example.com/x")).isEqualTo("https://example.com/x");
    assertThat(ChatterEntries.safeLink("javascript:alert(1)")).isNull();
    assertThat(ChatterEntries.safeLink("//evil.example/x")).isNull();
    assertThat(ChatterEntries.safeLink(" ")).isNull();
  }

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/common", "i18n/mail");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
