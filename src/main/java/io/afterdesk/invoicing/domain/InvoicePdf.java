package io.afterdesk.invoicing.domain;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.Money;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.Customers;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Prints an invoice or credit note with OpenPDF: company, title with the number (or "Draft"),
 * customer and invoice address, dates, reference, lines, totals, payment state and residual. The
 * PDF is in English (the standard PDF fonts carry no Vietnamese diacritics).
 */
@Component
public class InvoicePdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font NORMAL = new Font(Font.HELVETICA, 10);
  private static final Font SMALL = new Font(Font.HELVETICA, 9);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private final Customers customers;
  private final AfterdeskProperties properties;

  InvoicePdf(Customers customers, AfterdeskProperties properties) {
    this.customers = customers;
    this.properties = properties;
  }

  /** "Invoice INV/2026/00001", "Credit Note RINV/2026/00001", "Draft Invoice"… */
  public static String title(InvoiceView invoice) {
    String kind = invoice.kind() == InvoiceKind.CREDIT_NOTE ? "Credit Note" : "Invoice";
    if (invoice.number() == null) {
      return (invoice.state() == InvoiceState.CANCELLED ? "Cancelled " : "Draft ") + kind;
    }
    return kind + " " + invoice.number();
  }

  public byte[] render(InvoiceView invoice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title(invoice));
      document.addCreator(properties.company());
      document.open();
      document.add(new Paragraph(properties.company(), BOLD));
      Paragraph title = new Paragraph(title(invoice), TITLE);
      title.setSpacingBefore(12);
      title.setSpacingAfter(8);
      document.add(title);
      if (invoice.state() == InvoiceState.CANCELLED) {
        document.add(new Paragraph("CANCELLED", BOLD));
      }
      header(document, invoice);
      document.add(lines(invoice));
      document.add(totals(invoice));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not print invoice " + invoice.id(), e);
    }
    return out.toByteArray();
  }

  private void header(Document document, InvoiceView invoice) throws DocumentException {
    CustomerDetails address = customers.invoiceAddressOf(invoice.customerId());
    String customerName =
        customers.find(invoice.customerId()).map(c -> c.displayName()).orElse(address.name());
    PdfPTable table = new PdfPTable(new float[] {1, 1});
    table.setWidthPercentage(100);
    table.setSpacingAfter(12);
    PdfPCell customer = new PdfPCell();
    customer.setBorder(0);
    customer.addElement(new Paragraph("Customer", SMALL));
    customer.addElement(new Paragraph(customerName, BOLD));
    if (!address.addressLine().isBlank()) {
      customer.addElement(new Paragraph(address.addressLine(), NORMAL));
    }
    table.addCell(customer);
    PdfPCell dates = new PdfPCell();
    dates.setBorder(0);
    dates.addElement(
        new Paragraph(
            (invoice.kind() == InvoiceKind.CREDIT_NOTE ? "Credit note date: " : "Invoice date: ")
                + DATE.format(invoice.invoiceDate()),
            NORMAL));
    if (invoice.dueDate() != null) {
      dates.addElement(new Paragraph("Due date: " + DATE.format(invoice.dueDate()), NORMAL));
    }
    if (invoice.reference() != null) {
      dates.addElement(new Paragraph("Reference: " + invoice.reference(), NORMAL));
    }
    if (invoice.reversedInvoiceNumber() != null && invoice.reference() == null) {
      dates.addElement(new Paragraph("Reversal of: " + invoice.reversedInvoiceNumber(), NORMAL));
    }
    table.addCell(dates);
    document.add(table);
  }

  private PdfPTable lines(InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {5, 1.3f, 1.6f, 1.2f, 1.2f, 1.8f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String heading :
        new String[] {"Description", "Quantity", "Unit price", "Disc. %", "Tax %", "Subtotal"}) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
      cell.setBackgroundColor(new Color(235, 235, 235));
      cell.setHorizontalAlignment(
          "Description".equals(heading) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
      table.addCell(cell);
    }
    for (InvoiceLineView line : invoice.lines()) {
      table.addCell(new PdfPCell(new Phrase(line.description(), NORMAL)));
      table.addCell(right(plain(line.quantity())));
      table.addCell(right(line.unitPrice().rounded().amount().toPlainString()));
      table.addCell(right(plain(line.discount())));
      table.addCell(right(plain(line.taxRate())));
      table.addCell(right(money(line.subtotal())));
    }
    return table;
  }

  private PdfPTable totals(InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {3, 1.5f});
    table.setWidthPercentage(45);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setSpacingBefore(10);
    row(table, "Untaxed amount", money(invoice.untaxed()), NORMAL);
    row(table, "Tax", money(invoice.tax()), NORMAL);
    row(table, "Total", money(invoice.total()), BOLD);
    if (invoice.state() == InvoiceState.POSTED) {
      row(table, "Payment state", label(invoice.paymentState().name()), NORMAL);
      row(
          table,
          invoice.kind() == InvoiceKind.CREDIT_NOTE ? "Outstanding credit" : "Amount due",
          money(invoice.residual()),
          BOLD);
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

  private static PdfPCell right(String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, NORMAL));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String money(Money money) {
    return money.toString();
  }

  private static String label(String enumName) {
    String text = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
