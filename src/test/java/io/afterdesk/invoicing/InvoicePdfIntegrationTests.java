package io.afterdesk.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import io.afterdesk.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invoice and credit-note PDFs print Vietnamese with its diacritics, in an embedded font. */
class InvoicePdfIntegrationTests extends IntegrationTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Autowired Invoices invoices;
  @Autowired InvoiceFixtures fixtures;

  @Test
  void aVietnameseInvoiceKeepsItsDiacriticsInTheLabelsTheNamesAndTheLines() throws IOException {
    String suffix = InvoiceFixtures.suffix();
    long customer = fixtures.customer("Công ty Trường Sơn " + suffix);
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("Bảo dưỡng điều hòa"));

    byte[] pdf = invoices.pdf(invoice.id(), VIETNAMESE);

    // a narrow cell may wrap a label: compare words, not line breaks
    assertThat(PdfText.of(pdf).replaceAll("\\s+", " "))
        .contains("Hóa đơn " + invoice.number())
        .contains("Công ty Trường Sơn " + suffix)
        .contains("Bảo dưỡng điều hòa")
        .contains("Khách hàng")
        .contains("Số tiền còn phải trả")
        .contains("Chưa thanh toán");
    assertThat(fontsOf(pdf))
        .isNotEmpty()
        .allSatisfy(font -> assertThat(font).contains("LiberationSans").endsWith("embedded"));
  }

  @Test
  void aCreditNoteIsTitledInTheReadersLanguage() throws IOException {
    long customer = fixtures.customer("Khách lẻ " + InvoiceFixtures.suffix());
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("Sửa máy giặt"));
    long lineId = invoice.lines().get(0).id();
    long note =
        invoices.createCreditNote(
            new CreditNoteDraft(
                invoice.id(),
                null,
                "Hoàn tiền một phần",
                null,
                null,
                List.of(new CreditLineInput(lineId, BigDecimal.ONE, null))));
    InvoiceView posted = invoices.post(note);

    assertThat(PdfText.of(invoices.pdf(note, VIETNAMESE)).replaceAll("\\s+", " "))
        .contains("Giấy báo có " + posted.number())
        .contains("Tham chiếu: Hoàn tiền một phần")
        .contains("Sửa máy giặt");
    assertThat(PdfText.of(invoices.pdf(note, Locale.ENGLISH)).replaceAll("\\s+", " "))
        .contains("Credit Note " + posted.number())
        .contains("Outstanding credit");
  }

  private static InvoiceLineInput line(String description) {
    return new InvoiceLineInput(
        null, description, BigDecimal.ONE, new BigDecimal("250"), null, BigDecimal.TEN, null);
  }

  /** Per font of the first page: its base font name and whether its file is embedded. */
  private static List<String> fontsOf(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
      PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
      List<String> result = new ArrayList<>();
      for (PdfName key : fonts.getKeys()) {
        PdfDictionary font = fonts.getAsDict(key);
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary descriptor =
            descendants == null
                ? font.getAsDict(PdfName.FONTDESCRIPTOR)
                : descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
        boolean embedded = descriptor != null && descriptor.get(PdfName.FONTFILE2) != null;
        result.add(font.getAsName(PdfName.BASEFONT) + (embedded ? " embedded" : " not embedded"));
      }
      return result;
    } finally {
      reader.close();
    }
  }
}
