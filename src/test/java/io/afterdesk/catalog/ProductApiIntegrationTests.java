package io.afterdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The product API: managers create and change, agents read and get 403 when they try to. */
class ProductApiIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired UserManagement users;

  private ApiClient manager;
  private ApiClient agent;
  private String suffix;

  @BeforeEach
  void users() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new NewUser("mgr-" + suffix, "Manager " + suffix, null, "secret", Role.MANAGER, Set.of()));
    users.create(
        new NewUser("agt-" + suffix, "Agent " + suffix, null, "secret", Role.AGENT, Set.of()));
    manager = ApiClient.at(port).as("mgr-" + suffix, "secret");
    agent = ApiClient.at(port).as("agt-" + suffix, "secret");
  }

  @Test
  void aManagerCreatesAProductThatAnAgentCanRead() {
    ApiResponse created =
        manager.post(
            "/api/v1/products",
            Map.of(
                "name",
                "Scooter " + suffix,
                "reference",
                "SC-" + suffix,
                "type",
                "GOODS",
                "tracking",
                "SERIAL",
                "salesPrice",
                Map.of("amount", "120", "currency", "USD"),
                "cost",
                "80.5",
                "taxRate",
                10));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/products/" + id));
    JsonNode read = agent.get("/api/v1/products/" + id).json();
    assertThat(read.get("salesPrice").get("amount").asString()).isEqualTo("120.00");
    assertThat(read.get("salesPrice").get("currency").asString()).isEqualTo("USD");
    assertThat(read.get("cost").get("amount").asString()).isEqualTo("80.50");
    assertThat(read.get("taxRate").asString()).isEqualTo("10.00");
    assertThat(read.get("tracking").asString()).isEqualTo("SERIAL");
    assertThat(read.get("saleOk").asBoolean()).isTrue();

    JsonNode search = agent.get("/api/v1/products?q=sc-" + suffix).json();
    assertThat(search.get("total").asLong()).isEqualTo(1);
    assertThat(
            agent
                .get("/api/v1/products?q=" + suffix + "&type=SERVICE")
                .json()
                .get("total")
                .asLong())
        .isZero();
    assertThat(
            agent
                .get("/api/v1/products?q=" + suffix + "&tracking=SERIAL")
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void anAgentGetsForbiddenWhenChangingProducts() {
    ApiResponse refused =
        agent.post("/api/v1/products", Map.of("name", "Nope " + suffix, "type", "GOODS"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("status").asInt()).isEqualTo(403);
    assertThat(manager.get("/api/v1/products?q=nope+" + suffix).json().get("total").asLong())
        .isZero();

    long id = create(Map.of("name", "Fan " + suffix, "type", "GOODS", "tracking", "LOT"));
    assertThat(agent.patch("/api/v1/products/" + id, Map.of("name", "x")).status()).isEqualTo(403);
    assertThat(agent.post("/api/v1/products/" + id + "/lots", Map.of("name", "L1")).status())
        .isEqualTo(403);
  }

  @Test
  void badInputIsRefusedWithFieldErrorsAndWritesNothing() {
    ApiResponse trackedService =
        manager.post(
            "/api/v1/products",
            Map.of("name", "Bad service " + suffix, "type", "SERVICE", "tracking", "LOT"));
    assertThat(trackedService.status()).isEqualTo(422);
    assertThat(trackedService.json().get("errors").get(0).get("field").asString())
        .isEqualTo("tracking");

    ApiResponse badMoney =
        manager.post(
            "/api/v1/products",
            Map.of(
                "name",
                "Bad money " + suffix,
                "type",
                "GOODS",
                "salesPrice",
                Map.of("amount", "5", "currency", "EUR")));
    assertThat(badMoney.status()).isEqualTo(422);
    assertThat(badMoney.json().get("errors").get(0).get("field").asString())
        .isEqualTo("salesPrice");
    ApiResponse badTax =
        manager.post(
            "/api/v1/products",
            Map.of("name", "Bad tax " + suffix, "type", "GOODS", "taxRate", "150"));
    assertThat(badTax.status()).isEqualTo(422);
    assertThat(badTax.json().get("errors").get(0).get("field").asString()).isEqualTo("taxRate");

    ApiResponse noType = manager.post("/api/v1/products", Map.of("name", "No type " + suffix));
    assertThat(noType.status()).isEqualTo(422);
    assertThat(manager.get("/api/v1/products?q=" + suffix).json().get("total").asLong()).isZero();

    long id = create(Map.of("name", "Ref " + suffix, "reference", "R-" + suffix, "type", "GOODS"));
    ApiResponse sameRef =
        manager.post(
            "/api/v1/products",
            Map.of("name", "Ref two " + suffix, "reference", "r-" + suffix, "type", "GOODS"));
    assertThat(sameRef.status()).isEqualTo(422);
    assertThat(sameRef.json().get("errors").get(0).get("field").asString()).isEqualTo("reference");
    assertThat(manager.patch("/api/v1/products/" + id, Map.of("salesPrice", "-3")).status())
        .isEqualTo(422);
    assertThat(
            manager.get("/api/v1/products/" + id).json().get("salesPrice").get("amount").asString())
        .isEqualTo("0.00");
  }

  @Test
  void aPatchChangesOnlyTheFieldsItNames() {
    long id = create(Map.of("name", "Lamp " + suffix, "type", "GOODS", "salesPrice", "10"));

    ApiResponse patched =
        manager.patch("/api/v1/products/" + id, Map.of("salesPrice", "12.5", "saleOk", false));

    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().get("salesPrice").get("amount").asString()).isEqualTo("12.50");
    assertThat(patched.json().get("saleOk").asBoolean()).isFalse();
    assertThat(patched.json().get("name").asString()).isEqualTo("Lamp " + suffix);
  }

  @Test
  void lotsAreUniquePerProductAndOnlyForTrackedProducts() {
    long paste = create(Map.of("name", "Paste " + suffix, "type", "GOODS", "tracking", "LOT"));
    long other = create(Map.of("name", "Glue " + suffix, "type", "GOODS", "tracking", "LOT"));
    long cable = create(Map.of("name", "Cable " + suffix, "type", "GOODS"));

    ApiResponse lot = manager.post("/api/v1/products/" + paste + "/lots", Map.of("name", "LOT-1"));
    assertThat(lot.status()).isEqualTo(201);
    assertThat(lot.json().get("productId").asLong()).isEqualTo(paste);
    ApiResponse again =
        manager.post("/api/v1/products/" + paste + "/lots", Map.of("name", "LOT-1"));
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    assertThat(
            manager.post("/api/v1/products/" + other + "/lots", Map.of("name", "LOT-1")).status())
        .isEqualTo(201);
    assertThat(
            manager.post("/api/v1/products/" + cable + "/lots", Map.of("name", "LOT-1")).status())
        .isEqualTo(409);

    JsonNode lots = agent.get("/api/v1/products/" + paste + "/lots").json();
    assertThat(lots.get("total").asLong()).isEqualTo(1);
    assertThat(lots.get("items").get(0).get("name").asString()).isEqualTo("LOT-1");

    ApiResponse retrack = manager.patch("/api/v1/products/" + paste, Map.of("tracking", "SERIAL"));
    assertThat(retrack.status()).isEqualTo(409);
    assertThat(agent.get("/api/v1/products/" + paste).json().get("tracking").asString())
        .isEqualTo("LOT");
  }

  @Test
  void anUnknownProductIsANotFoundProblem() {
    assertThat(agent.get("/api/v1/products/987654321").status()).isEqualTo(404);
    assertThat(agent.get("/api/v1/products/987654321/lots").status()).isEqualTo(404);
    assertThat(manager.post("/api/v1/products/987654321/lots", Map.of("name", "X")).status())
        .isEqualTo(404);
  }

  private long create(Map<String, Object> body) {
    ApiResponse response = manager.post("/api/v1/products", body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }
}
