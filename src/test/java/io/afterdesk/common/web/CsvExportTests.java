package io.afterdesk.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTests {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR", "=HYPERLINK(\"x\")"})
  void aCellAFormulaWouldStartWithGetsAQuote(String cell) {
    assertThat(CsvExport.safe(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Broken screen", "-12.50", "-3", "42", "a=b", ""})
  void otherCellsAndPlainNumbersStayAsTheyAre(String cell) {
    assertThat(CsvExport.safe(cell)).isEqualTo(cell);
  }

  @Test
  void numbersAndEmptyCellsAreNotTexts() {
    assertThat(CsvExport.safe(new BigDecimal("-5"))).isEqualTo(new BigDecimal("-5"));
    assertThat(CsvExport.safe(null)).isNull();
  }
}
