package io.afterdesk.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The payment state follows from what is matched on a document. */
class PaymentStateTests {

  @ParameterizedTest(name = "{0} total {1}, paid {2}, credited {3} -> {4}")
  @CsvSource({
    "INVOICE, 100, 0, 0, NOT_PAID",
    "INVOICE, 100, 40, 0, PARTIAL",
    "INVOICE, 100, 0, 40, PARTIAL",
    "INVOICE, 100, 60, 40, PAID",
    "INVOICE, 100, 100, 0, PAID",
    "INVOICE, 100, 0, 100, REVERSED",
    "INVOICE, 100.00, 99.99, 0, PARTIAL",
    "CREDIT_NOTE, 50, 0, 0, NOT_PAID",
    "CREDIT_NOTE, 50, 0, 20, PARTIAL",
    "CREDIT_NOTE, 50, 0, 50, PAID"
  })
  void isDerivedFromTheMatches(
      InvoiceKind kind, String total, String paid, String credited, PaymentState expected) {
    assertThat(
            PaymentState.derive(
                kind, new BigDecimal(total), new BigDecimal(paid), new BigDecimal(credited)))
        .isEqualTo(expected);
  }
}
