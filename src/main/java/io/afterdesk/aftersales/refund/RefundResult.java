package io.afterdesk.aftersales.refund;

import java.util.Arrays;
import java.util.List;

/** What the refund made: the credit notes, and the new draft invoices (second button only). */
public record RefundResult(List<Long> creditNoteIds, List<Long> newInvoiceIds) {

  public RefundResult {
    creditNoteIds = List.copyOf(creditNoteIds);
    newInvoiceIds = List.copyOf(newInvoiceIds);
  }

  String encode() {
    return join(creditNoteIds) + ";" + join(newInvoiceIds);
  }

  static RefundResult decode(String text) {
    String[] parts = text.split(";", -1);
    return new RefundResult(split(parts[0]), split(parts[1]));
  }

  private static String join(List<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }

  private static List<Long> split(String text) {
    return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
  }
}
