package io.afterdesk.support;

import io.afterdesk.common.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of the test run: the PostgreSQL server named by {@code AFTERDESK_TEST_DB_URL} (with
 * {@code AFTERDESK_TEST_DB_USER} and {@code AFTERDESK_TEST_DB_PASSWORD}) when set, otherwise one
 * embedded PostgreSQL per test JVM in a fresh temporary directory, shared by all test contexts.
 */
public final class TestDatabase {

  private static EmbeddedPostgresServer embedded;
  private static String url;
  private static String user;
  private static String password;

  private TestDatabase() {}

  public static synchronized void register(DynamicPropertyRegistry registry) {
    if (url == null) {
      start();
    }
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> user);
    registry.add("spring.datasource.password", () -> password);
  }

  private static void start() {
    String external = System.getenv("AFTERDESK_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      url = external;
      user = envOr("AFTERDESK_TEST_DB_USER", "postgres");
      password = envOr("AFTERDESK_TEST_DB_PASSWORD", "");
      return;
    }
    try {
      Path directory = Files.createTempDirectory("afterdesk-test-pg");
      embedded = EmbeddedPostgresServer.start(directory.resolve("pg"), false);
      url = embedded.jdbcUrl("postgres");
      // Stop it after every application context has closed (their pools and the event
      // registry still use it while closing).
      SpringApplication.getShutdownHandlers().add(TestDatabase::stop);
      user = "postgres";
      password = "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void stop() {
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
