package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A document text kept as key and arguments: stored and read back, rendered per reader. */
class LocalizedTextTests {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final StaticMessageSource messages = new StaticMessageSource();
  private final ReaderTexts texts = new ReaderTexts(messages);

  LocalizedTextTests() {
    messages.addMessage("test.reversal", Locale.ENGLISH, "Reversal of: {0}, {1}");
    messages.addMessage("test.reversal", VI, "Hoàn tiền cho: {0}, {1}");
  }

  @Test
  void argumentsWithCommasAndBlanksSurviveTheStoredForm() {
    LocalizedText text = LocalizedText.of("test.reversal", "INV/2026/00001", "broken, twice", "");
    LocalizedText.Stored stored = text.stored();

    assertThat(LocalizedText.ofColumns(stored.key(), stored.args())).isEqualTo(text);
    assertThat(LocalizedText.ofColumns("test.none", null))
        .isEqualTo(new LocalizedText("test.none", List.of()));
    assertThat(LocalizedText.ofColumns(null, null)).isNull();
  }

  @Test
  void aKeyedTextIsShownInTheReadersLanguageAndAPlainOneAsStored() {
    LocalizedText text = LocalizedText.of("test.reversal", "INV/1", "Broken");

    assertThat(texts.shown("Reversal of: INV/1, Broken", text, VI))
        .isEqualTo("Hoàn tiền cho: INV/1, Broken");
    assertThat(texts.shown("Reversal of: INV/1, Broken", text, Locale.ENGLISH))
        .isEqualTo("Reversal of: INV/1, Broken");
    assertThat(texts.shown("typed by hand", null, VI)).isEqualTo("typed by hand");
    assertThat(texts.stored("typed by hand", text)).isEqualTo("Reversal of: INV/1, Broken");
    assertThat(texts.stored("typed by hand", null)).isEqualTo("typed by hand");
  }
}
