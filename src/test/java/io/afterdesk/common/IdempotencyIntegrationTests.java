package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.IdentityIntegrationTest;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generic {@code Idempotency-Key} handling of API POSTs (io.afterdesk.common.idempotency),
 * tested through {@code POST /api/v1/users}, whose effect (a user) is easy to count.
 */
class IdempotencyIntegrationTests extends IdentityIntegrationTest {

  @Autowired JdbcClient jdbc;

  private static Map<String, Object> body(String login) {
    return Map.of(
        "login",
        login,
        "name",
        "Idempotent " + login,
        "email",
        login + "@test.example",
        "password",
        "long-enough-1",
        "role",
        "AGENT");
  }

  private long usersWithLogin(String login) {
    return jdbc.sql("select count(*) from staff_user where login = :login")
        .param("login", login)
        .query(Long.class)
        .single();
  }

  @Test
  void theSameKeyAndBodyReplayTheFirstAnswerAndCreateOnce() {
    ApiClient admin = as(newUser(Role.ADMIN));
    String login = "idem-" + unique();
    String key = "key-" + unique();

    ApiResponse first = admin.post("/api/v1/users", body(login), key);
    ApiResponse second = admin.post("/api/v1/users", body(login), key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Content-Type"))
        .isEqualTo(first.headers().firstValue("Content-Type"));
    assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(usersWithLogin(login)).isEqualTo(1);
  }

  @Test
  void aReplayedCreateCarriesTheLocationOfTheFirst() {
    ApiClient admin = as(newUser(Role.ADMIN));
    String key = "key-" + unique();
    Map<String, Object> user = body("loc-" + unique());
    ApiResponse first = admin.post("/api/v1/users", user, key);
    ApiResponse second = admin.post("/api/v1/users", user, key);
    assertThat(second.headers().firstValue("Location"))
        .isPresent()
        .isEqualTo(first.headers().firstValue("Location"));
  }

  @Test
  void theSameKeyWithAnotherQueryIs409() {
    UserSummary adminUser = newUser(Role.ADMIN);
    ApiClient admin = as(adminUser);
    String key = "key-" + unique();
    String path = "/api/v1/users/" + adminUser.id() + "/api-tokens";
    assertThat(admin.post(path + "?a=1", Map.of("name", "q"), key).status()).isEqualTo(201);
    assertThat(admin.post(path + "?a=2", Map.of("name", "q"), key).status()).isEqualTo(409);
  }

  @Test
  void withoutAKeyARepeatIsANewRequest() {
    ApiClient admin = as(newUser(Role.ADMIN));
    String login = "nokey-" + unique();
    assertThat(admin.post("/api/v1/users", body(login)).status()).isEqualTo(201);
    assertThat(admin.post("/api/v1/users", body(login)).status()).isEqualTo(422);
    assertThat(usersWithLogin(login)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs409AndDoesNothing() {
    ApiClient admin = as(newUser(Role.ADMIN));
    String key = "key-" + unique();
    String login = "idem-" + unique();
    String other = "other-" + unique();

    assertThat(admin.post("/api/v1/users", body(login), key).status()).isEqualTo(201);
    ApiResponse conflict = admin.post("/api/v1/users", body(other), key);

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(conflict.json().get("status").asInt()).isEqualTo(409);
    assertThat(conflict.json().get("title").asText()).isEqualTo("Conflict");
    assertThat(conflict.json().get("detail").asText()).isNotBlank();
    assertThat(usersWithLogin(other)).isZero();
  }

  @Test
  void theSameKeyOnAnotherPathIs409() {
    UserSummary adminUser = newUser(Role.ADMIN);
    ApiClient admin = as(adminUser);
    String key = "key-" + unique();
    assertThat(admin.post("/api/v1/users", body("idem-" + unique()), key).status()).isEqualTo(201);
    ApiResponse other =
        admin.post("/api/v1/users/" + adminUser.id() + "/api-tokens", Map.of("name", "x"), key);
    assertThat(other.status()).isEqualTo(409);
    assertThat(apiTokens.tokensOf(adminUser.id())).isEmpty();
  }

  @Test
  void keysBelongToTheirCaller() {
    ApiClient first = as(newUser(Role.ADMIN));
    ApiClient second = as(newUser(Role.ADMIN));
    String key = "shared-" + unique();
    String login1 = "one-" + unique();
    String login2 = "two-" + unique();
    assertThat(first.post("/api/v1/users", body(login1), key).status()).isEqualTo(201);
    assertThat(second.post("/api/v1/users", body(login2), key).status()).isEqualTo(201);
    assertThat(usersWithLogin(login2)).isEqualTo(1);
  }

  @Test
  void aRefusedFirstAnswerIsReplayedToo() {
    ApiClient admin = as(newUser(Role.ADMIN));
    String key = "key-" + unique();
    Map<String, Object> bad = Map.of("login", "x");
    ApiResponse first = admin.post("/api/v1/users", bad, key);
    ApiResponse second = admin.post("/api/v1/users", bad, key);
    assertThat(first.status()).isEqualTo(422);
    assertThat(second.status()).isEqualTo(422);
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void eightConcurrentRequestsWithOneKeyCreateOneUserAndGetOneAnswer() throws Exception {
    ApiClient admin = as(newUser(Role.ADMIN));
    String login = "race-" + unique();
    String key = "race-key-" + unique();
    int threads = 8;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ApiResponse>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return admin.post("/api/v1/users", body(login), key);
                }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      start.countDown();
      List<ApiResponse> responses = new ArrayList<>();
      for (Future<ApiResponse> future : futures) {
        responses.add(future.get(60, TimeUnit.SECONDS));
      }

      assertThat(usersWithLogin(login)).isEqualTo(1);
      long id = userManagement.findByLogin(login).orElseThrow().id();
      assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
      assertThat(responses).allSatisfy(r -> assertThat(r.json().get("id").asLong()).isEqualTo(id));
      assertThat(responses.stream().map(ApiResponse::body).distinct()).hasSize(1);
      assertThat(
              responses.stream()
                  .filter(r -> r.headers().firstValue("Idempotent-Replayed").isEmpty())
                  .count())
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aKeyLongerThan255CharactersIs400() {
    ApiClient admin = as(newUser(Role.ADMIN));
    String login = "long-" + unique();
    ApiResponse response = admin.post("/api/v1/users", body(login), "k".repeat(256));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.json().get("status").asInt()).isEqualTo(400);
    assertThat(usersWithLogin(login)).isZero();

    String login255 = "ok-" + unique();
    assertThat(
            admin
                .post("/api/v1/users", body(login255), "k".repeat(250) + unique().substring(0, 5))
                .status())
        .isEqualTo(201);
  }

  @Test
  void aBlankKeyIs400() {
    ApiClient admin = as(newUser(Role.ADMIN));
    ApiResponse response = admin.post("/api/v1/users", body("blank-" + unique()), " ");
    assertThat(response.status()).isEqualTo(400);
  }
}
