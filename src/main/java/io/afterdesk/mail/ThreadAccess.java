package io.afterdesk.mail;

import java.util.Optional;

/**
 * Implemented by each module that owns documents with a thread (helpdesk for tickets, later
 * invoicing for credit notes…): tells the chatter whether the current user may read or write the
 * thread of one of its documents, and tells emails what the document is called and where it is.
 * Without an implementation for a type, its threads are closed.
 */
public interface ThreadAccess {

  /** The document type this access rule is for, e.g. {@code helpdesk.ticket}. */
  String documentType();

  boolean canRead(long documentId);

  boolean canWrite(long documentId);

  /**
   * What emails call the document, e.g. "Ticket #00012: Broken screen". Called without a user in
   * mind: must not depend on who is signed in.
   */
  default String title(long documentId) {
    return documentType() + " " + documentId;
  }

  /** The staff page of the document, a path like {@code /helpdesk/tickets/12}; none by default. */
  default Optional<String> staffUrl(long documentId) {
    return Optional.empty();
  }

  /**
   * The portal page of the document for its customer, like {@code /my/tickets/12}; none by default.
   */
  default Optional<String> customerUrl(long documentId) {
    return Optional.empty();
  }
}
