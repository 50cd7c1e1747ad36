package io.afterdesk.common.web;

import com.fasterxml.jackson.annotation.JsonValue;
import io.afterdesk.common.FieldValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An amount of money in a request: either {@code {"amount": "120.00", "currency": "USD"}} or a
 * plain decimal (string or number) in the company currency. The text is kept as sent and checked by
 * {@link #amountIn}, so a bad amount is a 422 on its field, not a malformed body.
 */
@JsonDeserialize(using = MoneyInput.Reader.class)
public record MoneyInput(String amount, @Nullable String currency) {

  public static MoneyInput of(BigDecimal amount, Currency currency) {
    return new MoneyInput(amount.toPlainString(), currency.getCurrencyCode());
  }

  /** The amount, after checking it is a decimal in the company currency. */
  public BigDecimal amountIn(Currency companyCurrency, String field) {
    if (currency != null && !currency.equalsIgnoreCase(companyCurrency.getCurrencyCode())) {
      throw FieldValidationException.of(
          field, "common.money.currency", currency, companyCurrency.getCurrencyCode());
    }
    List<FieldValidationException.FieldError> errors = new ArrayList<>();
    BigDecimal value = Decimals.parse(amount, field, errors);
    if (!errors.isEmpty() && "common.decimal.invalid".equals(errors.get(0).messageKey())) {
      throw FieldValidationException.of(field, "common.money.amount", amount);
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    if (value == null) {
      throw FieldValidationException.of(field, "common.money.amount", amount);
    }
    return value;
  }

  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("amount", amount);
    if (currency != null) {
      json.put("currency", currency);
    }
    return json;
  }

  public static final class Reader extends ValueDeserializer<MoneyInput> {
    @Override
    public MoneyInput deserialize(JsonParser parser, DeserializationContext context) {
      JsonNode node = context.readTree(parser);
      if (node.isString() || node.isNumber()) {
        return new MoneyInput(node.asString(), null);
      }
      JsonNode amount = node.get("amount");
      if (node.isObject() && amount != null && (amount.isString() || amount.isNumber())) {
        JsonNode currency = node.get("currency");
        return new MoneyInput(
            amount.asString(), currency == null || currency.isNull() ? null : currency.asString());
      }
      return context.reportInputMismatch(
          MoneyInput.class, "Money is {\"amount\": \"1.00\", \"currency\": \"USD\"} or \"1.00\"");
    }
  }
}
