package io.afterdesk.invoicing;

import io.afterdesk.common.LocalizedText;

/** The references invoicing writes on credit notes, rendered in the reader's language. */
public final class CreditNoteReferences {

  private CreditNoteReferences() {}

  /** "Reversal of: INV/2026/00001", the reference a credit note gets when none is typed. */
  public static LocalizedText reversalOf(String invoiceNumber) {
    return LocalizedText.of("invoicing.credit-note.reversal-of", invoiceNumber);
  }

  /** "Reversal of: INV/2026/00001, Broken": the reversal and why. */
  public static LocalizedText reversalOf(String invoiceNumber, String reason) {
    return LocalizedText.of("invoicing.credit-note.reversal-of-because", invoiceNumber, reason);
  }
}
