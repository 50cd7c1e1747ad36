package io.afterdesk.common.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The stored first answer to a request with an idempotency key (empty while it still runs). */
record IdempotencyRecord(
    String fingerprint,
    @Nullable Integer responseStatus,
    @Nullable String contentType,
    @Nullable String location,
    byte @Nullable [] responseBody) {

  boolean isComplete() {
    return responseStatus != null;
  }

  /** Answers a repeat with the first answer, marked as replayed. */
  void replayOn(HttpServletResponse response) throws IOException {
    response.setStatus(java.util.Objects.requireNonNull(responseStatus));
    if (contentType != null) {
      response.setContentType(contentType);
    }
    if (location != null) {
      response.setHeader("Location", location);
    }
    response.setHeader("Idempotent-Replayed", "true");
    if (responseBody != null && responseBody.length > 0) {
      response.getOutputStream().write(responseBody);
    }
  }
}
