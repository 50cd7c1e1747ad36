package io.afterdesk.invoicing.web;

import io.afterdesk.invoicing.InvoiceView;

/** The file name of a document's PDF: its number with slashes as dashes, e.g. INV-2026-00001. */
final class PdfNames {

  private PdfNames() {}

  static String of(InvoiceView invoice) {
    String base =
        invoice.number() == null
            ? (invoice.isCreditNote() ? "credit-note-draft-" : "invoice-draft-") + invoice.id()
            : invoice.number().replace('/', '-');
    return base + ".pdf";
  }
}
