package io.afterdesk.invoicing.domain;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import java.awt.Color;

/** The two tables of a document's PDF: its lines, and its totals with the settlement. */
final class InvoicePdfTables {

  private static final Color HEADING = new Color(235, 235, 235);
  private static final String[] HEADINGS = {
    "description", "quantity", "unit-price", "discount", "tax-rate", "subtotal"
  };

  private InvoicePdfTables() {}

  static PdfPTable lines(InvoiceView invoice, PdfLabels labels, PdfFonts fonts) {
    PdfPTable table = new PdfPTable(new float[] {5, 1.3f, 1.6f, 1.2f, 1.2f, 1.8f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String heading : HEADINGS) {
      PdfPCell cell = new PdfPCell(new Phrase(labels.of("invoicing.pdf." + heading), fonts.bold));
      cell.setBackgroundColor(HEADING);
      cell.setHorizontalAlignment(
          "description".equals(heading) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
      table.addCell(cell);
    }
    for (InvoiceLineView line : invoice.lines()) {
      table.addCell(new PdfPCell(new Phrase(line.description(), fonts.normal)));
      table.addCell(right(Decimals.plain(line.quantity()), fonts.normal));
      table.addCell(right(line.unitPrice().rounded().amount().toPlainString(), fonts.normal));
      table.addCell(right(Decimals.plain(line.discount()), fonts.normal));
      table.addCell(right(Decimals.plain(line.taxRate()), fonts.normal));
      table.addCell(right(line.subtotal().toString(), fonts.normal));
    }
    return table;
  }

  static PdfPTable totals(InvoiceView invoice, PdfLabels labels, PdfFonts fonts) {
    PdfPTable table = new PdfPTable(new float[] {3, 1.5f});
    table.setWidthPercentage(60);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setSpacingBefore(10);
    row(table, labels.of("invoicing.pdf.untaxed"), invoice.untaxed().toString(), fonts.normal);
    row(table, labels.of("invoicing.pdf.tax"), invoice.tax().toString(), fonts.normal);
    row(table, labels.of("invoicing.pdf.total"), invoice.total().toString(), fonts.bold);
    if (invoice.state() == InvoiceState.POSTED) {
      String paymentState = labels.of("invoicing.payment-state." + invoice.paymentState().name());
      row(table, labels.of("invoicing.pdf.payment-state"), paymentState, fonts.normal);
      String residual = labels.of("invoicing.pdf.residual." + invoice.kind().name());
      row(table, residual, invoice.residual().toString(), fonts.bold);
    }
    return table;
  }

  private static void row(PdfPTable table, String label, String value, Font font) {
    PdfPCell name = new PdfPCell(new Phrase(label, font));
    name.setBorder(0);
    table.addCell(name);
    PdfPCell amount = new PdfPCell(new Phrase(value, font));
    amount.setBorder(0);
    amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(amount);
  }

  private static PdfPCell right(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }
}
