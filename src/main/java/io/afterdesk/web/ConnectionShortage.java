package io.afterdesk.web;

import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that only means "no database connection could be had in time" (the pool is
 * exhausted or the server refuses connections): the request was not wrong and may be retried, so it
 * answers 503, never 401 or 500.
 */
final class ConnectionShortage {

  /** Seconds a client should wait before retrying. */
  static final int RETRY_AFTER_SECONDS = 5;

  private ConnectionShortage() {}

  static boolean causes(@Nullable Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
