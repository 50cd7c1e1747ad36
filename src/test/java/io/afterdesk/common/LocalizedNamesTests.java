package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class LocalizedNamesTests {

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void aVietnameseReaderGetsTheVietnameseNameAndOthersTheEnglishOne() {
    assertThat(LocalizedNames.pick("Bank", "Ngân hàng", Locale.forLanguageTag("vi")))
        .isEqualTo("Ngân hàng");
    assertThat(LocalizedNames.pick("Bank", "Ngân hàng", Locale.forLanguageTag("vi-VN")))
        .isEqualTo("Ngân hàng");
    assertThat(LocalizedNames.pick("Bank", "Ngân hàng", Locale.ENGLISH)).isEqualTo("Bank");
    assertThat(LocalizedNames.pick("Bank", "Ngân hàng", Locale.FRENCH)).isEqualTo("Bank");
  }

  @Test
  void withoutAVietnameseNameTheEnglishOneStandsIn() {
    Locale vi = Locale.forLanguageTag("vi");
    assertThat(LocalizedNames.pick("Warranty claim", null, vi)).isEqualTo("Warranty claim");
    assertThat(LocalizedNames.pick("Warranty claim", " ", vi)).isEqualTo("Warranty claim");
    assertThat(LocalizedNames.optional("  ")).isNull();
    assertThat(LocalizedNames.optional(" Tiền mặt ")).isEqualTo("Tiền mặt");
  }

  @Test
  void theRequestLocaleDecides() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    assertThat(LocalizedNames.pick("Cash", "Tiền mặt")).isEqualTo("Tiền mặt");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(LocalizedNames.pick("Cash", "Tiền mặt")).isEqualTo("Cash");
  }
}
