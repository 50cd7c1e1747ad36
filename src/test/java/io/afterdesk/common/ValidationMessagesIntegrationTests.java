package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.IntegrationTest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** Bean Validation speaks the user's language too (Hibernate Validator has no Vietnamese). */
class ValidationMessagesIntegrationTests extends IntegrationTest {

  record Form(@NotBlank String name, @Email String email) {}

  @Autowired Validator validator;

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void vietnameseUsersReadVietnameseConstraintMessages() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

    assertThat(messagesFor(new Form(" ", "not-an-email")))
        .containsExactlyInAnyOrder("không được để trống", "Hãy nhập một địa chỉ email hợp lệ.");
  }

  @Test
  void englishUsersKeepTheStandardMessages() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);

    assertThat(messagesFor(new Form(" ", "x@example.com"))).containsExactly("must not be blank");
  }

  private Set<String> messagesFor(Form form) {
    return validator.validate(form).stream()
        .map(violation -> violation.getMessage())
        .collect(Collectors.toSet());
  }
}
