package io.afterdesk.partner;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the portal sessions of a customer (sessions live in the database, so this signs them out on
 * every node). Only sessions whose principal is that customer are deleted, never a staff session
 * with the same name.
 */
@Component
class PortalSessions {

  private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

  PortalSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
    this.repository = repository;
  }

  /** Signs the customer out everywhere; {@code login} is the email they signed in with. */
  void end(long customerId, @Nullable String login) {
    FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
    if (sessions == null || login == null) {
      return;
    }
    Map<String, ? extends Session> found = sessions.findByPrincipalName(login);
    found.forEach(
        (id, session) -> {
          if (isPortalSessionOf(session, customerId)) {
            sessions.deleteById(id);
          }
        });
  }

  private static boolean isPortalSessionOf(Session session, long customerId) {
    Object context = session.getAttribute(SECURITY_CONTEXT);
    return context instanceof SecurityContext security
        && security.getAuthentication() != null
        && security.getAuthentication().getPrincipal() instanceof PortalPrincipal principal
        && principal.customerId() == customerId;
  }
}
