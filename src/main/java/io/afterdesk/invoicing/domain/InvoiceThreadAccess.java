package io.afterdesk.invoicing.domain;

import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.identity.Permissions;
import io.afterdesk.mail.ThreadAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may use the thread of an invoice or credit note: staff read and write in it when the document
 * is within their reach (agents: the documents their tickets reach; the chatter is how agents and
 * accountants talk about a document); customers never do.
 */
@Component
class InvoiceThreadAccess implements ThreadAccess {

  private final JdbcClient jdbc;
  private final DocumentReach reach;

  InvoiceThreadAccess(JdbcClient jdbc, DocumentReach reach) {
    this.jdbc = jdbc;
    this.reach = reach;
  }

  @Override
  public String documentType() {
    return "invoicing.invoice";
  }

  @Override
  public boolean canRead(long documentId) {
    return canWrite(documentId);
  }

  @Override
  public boolean canWrite(long documentId) {
    if (!Permissions.isStaff()) {
      return false;
    }
    return jdbc.sql("select customer_id from invoice where id = :id")
        .param("id", documentId)
        .query(Long.class)
        .optional()
        .map(customer -> reach.current().sees(documentType(), documentId, customer))
        .orElse(false);
  }
}
