package io.afterdesk.mail;

/**
 * Implemented by each module that owns documents with a thread (helpdesk for tickets, later
 * invoicing for credit notes…): tells the chatter whether the current user may read or write the
 * thread of one of its documents. Without an implementation for a type, its threads are closed.
 */
public interface ThreadAccess {

  /** The document type this access rule is for, e.g. {@code helpdesk.ticket}. */
  String documentType();

  boolean canRead(long documentId);

  boolean canWrite(long documentId);
}
