package io.afterdesk.sales.domain;

import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.identity.Permissions;
import io.afterdesk.mail.ThreadAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may use the thread of a sales order: staff read and write in it when the order is within
 * their reach (agents: the orders their tickets reach); customers never do.
 */
@Component
class SalesOrderThreadAccess implements ThreadAccess {

  private final JdbcClient jdbc;
  private final DocumentReach reach;

  SalesOrderThreadAccess(JdbcClient jdbc, DocumentReach reach) {
    this.jdbc = jdbc;
    this.reach = reach;
  }

  @Override
  public String documentType() {
    return "sales.order";
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
    return jdbc.sql("select customer_id from sales_order where id = :id")
        .param("id", documentId)
        .query(Long.class)
        .optional()
        .map(customer -> reach.current().sees(documentType(), documentId, customer))
        .orElse(false);
  }
}
