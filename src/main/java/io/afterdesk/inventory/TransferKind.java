package io.afterdesk.inventory;

/** What a transfer does: goods in from a vendor, out to a customer, or back from a customer. */
public enum TransferKind {
  RECEIPT,
  DELIVERY,
  RETURN
}
