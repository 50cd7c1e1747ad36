package io.afterdesk.sales.domain;

import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.mail.ThreadAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may use the thread of a sales order: every staff member reads and writes (agents read the
 * orders their tickets reach and talk about them); customers never do.
 */
@Component
class SalesOrderThreadAccess implements ThreadAccess {

  private final JdbcClient jdbc;

  SalesOrderThreadAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal)) {
      return false;
    }
    return jdbc.sql("select count(*) > 0 from sales_order where id = :id")
        .param("id", documentId)
        .query(Boolean.class)
        .single();
  }
}
