package io.afterdesk.common.idempotency;

import io.afterdesk.common.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every API POST that carries an {@code Idempotency-Key} safe to repeat: the first response
 * (status and body) is stored and replayed for the same key and body; the same key with another
 * body is refused with 409. Keys are per caller. When two requests with one key arrive at once, the
 * second waits for the first and replays its answer.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

  public static final String HEADER = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 255;
  private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);

  private final IdempotencyRecords records;
  private final ProblemWriter problems;

  public IdempotencyFilter(IdempotencyRecords records, ProblemWriter problems) {
    this.records = records;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      problems.write(response, 400, "Bad Request", HEADER + " must be 1 to 255 characters");
      return;
    }
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    String principal = caller == null ? "anonymous" : caller.getName();
    CachedBodyRequest cached = new CachedBodyRequest(request);
    String fingerprint =
        RequestFingerprint.of(
            request.getMethod(),
            request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString(),
            cached.body());

    long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
    while (true) {
      if (records.claim(principal, key, fingerprint)) {
        runAndStore(cached, response, chain, principal, key);
        return;
      }
      Optional<IdempotencyRecord> existing = records.find(principal, key);
      if (existing.isEmpty()) {
        if (System.nanoTime() > deadline) {
          problems.write(
              response, 409, "Conflict", "A request with this Idempotency-Key is still running");
          return;
        }
        continue; // the first attempt failed and gave the key back: claim it again
      }
      IdempotencyRecord first = existing.get();
      if (!first.fingerprint().equals(fingerprint)) {
        problems.write(
            response, 409, "Conflict", "This Idempotency-Key was used with another request");
        return;
      }
      if (first.isComplete()) {
        first.replayOn(response);
        return;
      }
      if (System.nanoTime() > deadline) {
        problems.write(
            response, 409, "Conflict", "A request with this Idempotency-Key is still running");
        return;
      }
      pause();
    }
  }

  private void runAndStore(
      CachedBodyRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String principal,
      String key)
      throws IOException, ServletException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    boolean stored = false;
    try {
      chain.doFilter(request, wrapper);
      int status = wrapper.getStatus();
      if (status < 500) {
        records.complete(
            principal,
            key,
            status,
            wrapper.getContentType(),
            wrapper.getHeader("Location"),
            wrapper.getContentAsByteArray());
        stored = true;
      }
    } finally {
      if (!stored) {
        records.release(principal, key);
      }
      wrapper.copyBodyToResponse();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for an idempotent request", e);
    }
  }
}
