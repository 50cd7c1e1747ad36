package io.afterdesk.invoicing.domain;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.Customers;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints an invoice or credit note with OpenPDF: company, title with the number (or "Draft"),
 * customer and invoice address, dates, reference, lines, totals, payment state and residual. Labels
 * are in the language asked for; the text is set in an embedded Unicode font ({@link PdfFonts}), so
 * Vietnamese names, addresses and labels keep their diacritics.
 */
@Component
public class InvoicePdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private final Customers customers;
  private final AfterdeskProperties properties;
  private final MessageSource messages;
  private final PdfFonts fonts;

  InvoicePdf(
      Customers customers, AfterdeskProperties properties, MessageSource messages, PdfFonts fonts) {
    this.customers = customers;
    this.properties = properties;
    this.messages = messages;
    this.fonts = fonts;
  }

  /** The PDF of {@code invoice} with its labels in {@code locale}. */
  public byte[] render(InvoiceView invoice, Locale locale) {
    PdfLabels labels = new PdfLabels(messages, locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title(invoice, labels));
      document.addCreator(properties.company());
      document.open();
      document.add(new Paragraph(properties.company(), fonts.bold));
      Paragraph title = new Paragraph(title(invoice, labels), fonts.title);
      title.setSpacingBefore(12);
      title.setSpacingAfter(8);
      document.add(title);
      if (invoice.state() == InvoiceState.CANCELLED) {
        document.add(new Paragraph(labels.of("invoicing.pdf.cancelled"), fonts.bold));
      }
      document.add(header(invoice, labels));
      document.add(InvoicePdfTables.lines(invoice, labels, fonts));
      document.add(InvoicePdfTables.totals(invoice, labels, fonts));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not print invoice " + invoice.id(), e);
    }
    return out.toByteArray();
  }

  /** "Invoice INV/2026/00001", "Credit Note RINV/2026/00001", "Draft Invoice"… */
  private static String title(InvoiceView invoice, PdfLabels labels) {
    String kind = invoice.kind().name();
    if (invoice.number() == null) {
      return invoice.state() == InvoiceState.CANCELLED
          ? labels.of("invoicing.pdf.cancelled-draft." + kind)
          : labels.of("invoicing.draft." + kind);
    }
    return labels.of("invoicing.pdf.title." + kind, invoice.number());
  }

  private PdfPTable header(InvoiceView invoice, PdfLabels labels) {
    CustomerDetails address = customers.invoiceAddressOf(invoice.customerId());
    String customerName =
        customers.find(invoice.customerId()).map(c -> c.displayName()).orElse(address.name());
    PdfPTable table = new PdfPTable(new float[] {1, 1});
    table.setWidthPercentage(100);
    table.setSpacingAfter(12);
    PdfPCell customer = new PdfPCell();
    customer.setBorder(0);
    customer.addElement(new Paragraph(labels.of("invoicing.pdf.customer"), fonts.small));
    customer.addElement(new Paragraph(customerName, fonts.bold));
    if (!address.addressLine().isBlank()) {
      customer.addElement(new Paragraph(address.addressLine(), fonts.normal));
    }
    table.addCell(customer);
    PdfPCell dates = new PdfPCell();
    dates.setBorder(0);
    String kind = invoice.kind().name();
    dates.addElement(
        line(labels.of("invoicing.pdf.date." + kind, DATE.format(invoice.invoiceDate()))));
    if (invoice.dueDate() != null) {
      dates.addElement(line(labels.of("invoicing.pdf.due-date", DATE.format(invoice.dueDate()))));
    }
    String reference = labels.shown(invoice.reference(), invoice.referenceText());
    if (reference != null) {
      dates.addElement(line(labels.of("invoicing.pdf.reference", reference)));
    }
    if (invoice.reversedInvoiceNumber() != null && invoice.reference() == null) {
      dates.addElement(
          line(labels.of("invoicing.pdf.reversal-of", invoice.reversedInvoiceNumber())));
    }
    table.addCell(dates);
    return table;
  }

  private Paragraph line(String text) {
    return new Paragraph(text, fonts.normal);
  }
}
