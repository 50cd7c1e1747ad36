package io.afterdesk.invoicing.domain;

import io.afterdesk.common.NumberSequences;
import org.springframework.stereotype.Component;

/**
 * The numbers of posted documents: the next of their journal, kind and year ({@code
 * INV/2026/00001}, credit notes {@code RINV/2026/00001}), gapless — drawn in the posting
 * transaction and given back if it rolls back.
 */
@Component
public class InvoiceNumbering {

  private final NumberSequences sequences;
  private final Journals journals;

  InvoiceNumbering(NumberSequences sequences, Journals journals) {
    this.sequences = sequences;
    this.journals = journals;
  }

  /** Draws the next number for {@code invoice}; call it only once the posting is accepted. */
  public String next(Invoice invoice) {
    String prefix = journals.numberPrefix(invoice);
    int year = invoice.fiscalYear();
    String sequence = "invoicing." + prefix + "." + invoice.kind().name() + "." + year;
    return prefix + "/" + year + "/" + String.format("%05d", sequences.next(sequence));
  }
}
