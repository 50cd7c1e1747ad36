package io.afterdesk.aftersales.refund;

/** The wizard's two buttons: Reverse (a draft) and Reverse and Create Invoice. */
public enum RefundMode {
  REVERSE,
  REVERSE_AND_CREATE_INVOICE
}
