package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The reason codes: the SPEC's defaults from the migration, read by all, added by admins. */
class ReasonCodeApiIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void theDefaultsAreListedAndOnlyAnAdminAddsOne() {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("codes", Role.AGENT);
    UserSummary admin = fixtures.user("codesadmin", Role.ADMIN);
    List<String> names = new ArrayList<>();
    fixtures
        .api(agent)
        .get("/api/v1/reason-codes")
        .json()
        .get("items")
        .forEach(n -> names.add(n.get("name").asString()));
    assertThat(names)
        .contains(
            "Defective",
            "Damaged in transit",
            "Wrong item",
            "Not as described",
            "Late delivery",
            "Goodwill",
            "Other");

    Map<String, Object> body =
        Map.of("code", "x " + fixtures.suffix, "name", "X " + fixtures.suffix);
    assertThat(fixtures.api(agent).post("/api/v1/reason-codes", body).status()).isEqualTo(403);
    ApiClient.ApiResponse created = fixtures.api(admin).post("/api/v1/reason-codes", body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("code").asString())
        .isEqualTo("X_" + fixtures.suffix.toUpperCase());
    assertThat(fixtures.api(admin).post("/api/v1/reason-codes", body).status()).isEqualTo(422);
  }
}
