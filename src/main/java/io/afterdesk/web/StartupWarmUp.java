package io.afterdesk.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * After start-up, opens the sign-in pages and the OpenAPI description once in the background, so
 * that the first person does not wait for Thymeleaf, Spring Security and springdoc to initialise
 * (seconds on a small machine). The sessions these requests make are removed again. Switched off
 * with {@code afterdesk.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "afterdesk.warm-up", havingValue = "true", matchIfMissing = true)
class StartupWarmUp {

  static final List<String> PATHS = List.of("/login", "/my/login", "/v3/api-docs");

  private static final Logger log = LoggerFactory.getLogger(StartupWarmUp.class);
  private static final String SESSION_COOKIE = "SESSION=";

  private final ObjectProvider<SessionRepository<?>> sessions;
  private final String contextPath;
  private final Map<String, Integer> answers = new ConcurrentHashMap<>();
  private final List<String> removedSessions = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  StartupWarmUp(
      ObjectProvider<SessionRepository<?>> sessions,
      @Value("${server.servlet.context-path:}") String contextPath) {
    this.sessions = sessions;
    this.contextPath = contextPath;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
        || web.getWebServer() == null
        || web.getWebServer().getPort() <= 0) {
      done.complete(null);
      return;
    }
    int port = web.getWebServer().getPort();
    Thread thread = new Thread(() -> warmUp(port), "warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** Completes when every page was asked for once (whatever it answered). */
  CompletableFuture<Void> done() {
    return done;
  }

  /** The status each page answered (a page that could not be reached is missing). */
  Map<String, Integer> answers() {
    return Map.copyOf(answers);
  }

  /** The sessions the warm-up made and removed again. */
  List<String> removedSessions() {
    return List.copyOf(removedSessions);
  }

  private void warmUp(int port) {
    long start = System.nanoTime();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try {
      for (String path : PATHS) {
        try {
          HttpResponse<Void> response =
              http.send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + contextPath + path))
                      .timeout(Duration.ofMinutes(1))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          answers.put(path, response.statusCode());
          sessionOf(response).ifPresent(this::remove);
        } catch (java.io.IOException e) {
          log.debug("Warm-up of {} failed: {}", path, e.getMessage());
        }
      }
      log.info("Warmed up {} in {} ms", PATHS, (System.nanoTime() - start) / 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("Warm-up stopped: {}", e.toString());
    } finally {
      done.complete(null);
    }
  }

  private static Optional<String> sessionOf(HttpResponse<?> response) {
    List<String> ids = new ArrayList<>();
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      if (cookie.startsWith(SESSION_COOKIE)) {
        String value = cookie.substring(SESSION_COOKIE.length()).split(";", 2)[0];
        if (!value.isEmpty()) {
          ids.add(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
        }
      }
    }
    return ids.stream().findFirst();
  }

  private void remove(String sessionId) {
    SessionRepository<?> repository = sessions.getIfAvailable();
    if (repository != null) {
      repository.deleteById(sessionId);
      removedSessions.add(sessionId);
    }
  }
}
