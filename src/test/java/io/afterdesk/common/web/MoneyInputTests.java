package io.afterdesk.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.common.FieldValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Money in requests: an object, a decimal string or a number; only in the company currency. */
class MoneyInputTests {

  private static final Currency USD = Currency.getInstance("USD");
  private final JsonMapper json = JsonMapper.builder().build();

  record Body(MoneyInput price) {}

  @Test
  void readsAnObject() {
    Body body =
        json.readValue("{\"price\": {\"amount\": \"120.00\", \"currency\": \"USD\"}}", Body.class);
    assertThat(body.price().amountIn(USD, "price")).isEqualByComparingTo("120.00");
  }

  @Test
  void readsADecimalStringOrANumber() {
    assertThat(json.readValue("{\"price\": \"19.90\"}", Body.class).price().amountIn(USD, "price"))
        .isEqualByComparingTo(new BigDecimal("19.90"));
    assertThat(json.readValue("{\"price\": 7.5}", Body.class).price().amountIn(USD, "price"))
        .isEqualByComparingTo(new BigDecimal("7.5"));
  }

  @Test
  void refusesAnotherCurrencyAndAWrongAmountOnTheField() {
    MoneyInput euros =
        json.readValue("{\"price\": {\"amount\": \"1\", \"currency\": \"EUR\"}}", Body.class)
            .price();
    MoneyInput text = json.readValue("{\"price\": \"abc\"}", Body.class).price();

    assertThatThrownBy(() -> euros.amountIn(USD, "price"))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("price"));
    assertThatThrownBy(() -> text.amountIn(USD, "price"))
        .isInstanceOf(FieldValidationException.class);
  }

  @Test
  void writesBackAsAnObject() {
    String written = json.writeValueAsString(new Body(MoneyInput.of(new BigDecimal("5.00"), USD)));
    assertThat(written).isEqualTo("{\"price\":{\"amount\":\"5.00\",\"currency\":\"USD\"}}");
  }
}
