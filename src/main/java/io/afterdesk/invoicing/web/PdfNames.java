package io.afterdesk.invoicing.web;

import io.afterdesk.invoicing.InvoiceView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

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

  /** The PDF as a response shown in the browser, under the document's file name. */
  static ResponseEntity<byte[]> inline(InvoiceView invoice, byte[] pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(of(invoice)).build().toString())
        .body(pdf);
  }
}
