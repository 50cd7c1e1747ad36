package io.afterdesk.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Signs a user out everywhere: a session keeps the role it was opened with, so a deactivated or
 * re-roled user (or one whose password an admin reset) must open a new one.
 */
@Component
class StaffSessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

  StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
  }

  /** Runs in the caller's transaction (the sessions are in the same database). */
  void endAll(String login) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository != null) {
      repository.findByPrincipalName(login).keySet().forEach(repository::deleteById);
    }
  }
}
