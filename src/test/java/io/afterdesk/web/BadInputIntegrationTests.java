package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every POST and PATCH of the API, read from the OpenAPI document, is sent the classes of bad input
 * an attacker tries: a NUL character in every text, numbers too large for the columns, {@code null}
 * inside every list, more decimals than the columns keep, malformed JSON and a wrong content type.
 * Each answer is a 4xx problem document, never a 500, and no row of the application is written.
 */
class BadInputIntegrationTests extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final Set<String> DECIMAL_TEXTS =
      Set.of("quantity", "unitPrice", "discount", "taxRate", "amount", "salesPrice", "cost");
  private static final String HUGE = "9000000000000000";
  private static final String TOO_PRECISE = "1.123456";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, Long> ids = new HashMap<>();
  private String authorization = "";

  @BeforeEach
  void someOfEverything() {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary admin = fixtures.user("fuzz-admin", Role.ADMIN);
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (admin.login() + ":" + HelpdeskFixtures.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    TeamView team = fixtures.team("Fuzz", admin);
    long customer = fixtures.company("Fuzz customer");
    long product = fixtures.product("Fuzz product", "NONE");
    ids.put("user", admin.id());
    ids.put("team", team.id());
    ids.put("stage", team.stages().get(0).id());
    ids.put("customer", customer);
    ids.put("product", product);
    ids.put("ticket", created("/api/v1/tickets", Map.of("subject", "Fuzz", "teamId", team.id())));
    Map<String, Object> line = Map.of("productId", product, "quantity", "1");
    long order =
        created("/api/v1/sales-orders", Map.of("customerId", customer, "lines", List.of(line)));
    ids.put("salesorder", order);
    ids.put(
        "invoice",
        created("/api/v1/invoices", Map.of("customerId", customer, "lines", List.of(line))));
    send("POST", "/api/v1/sales-orders/" + order + "/confirm", "application/json", "{}");
    JsonNode transfers =
        JSON.readTree(send("GET", "/api/v1/transfers?salesOrderId=" + order, null, null).body());
    ids.put("transfer", transfers.get("items").get(0).get("id").asLong());
    ids.put("move", transfers.get("items").get(0).get("moves").get(0).get("id").asLong());
    ids.put("location", transfers.get("items").get(0).get("sourceLocationId").asLong());
  }

  @Test
  void everyPostAndPatchAnswersBadInputWithAProblemAndWritesNothing() throws Exception {
    JsonNode api = JSON.readTree(send("GET", "/v3/api-docs", null, null).body());
    List<String> failures = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
      for (String method : List.of("post", "patch")) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null || !path.getKey().startsWith("/api/v1/")) {
          continue;
        }
        JsonNode schema =
            operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
          continue;
        }
        operations++;
        String url = withIds(path.getKey());
        JsonNode valid = sample(api, schema, "", 0);
        for (Map.Entry<String, String> attempt : attempts(api, schema, valid).entrySet()) {
          waitForListeners();
          Map<String, Long> before = rowCounts();
          String contentType =
              attempt.getKey().equals("wrong content type") ? "text/plain" : "application/json";
          HttpResponse<String> response =
              send(method.toUpperCase(), url, contentType, attempt.getValue());
          String where = method.toUpperCase() + " " + url + " (" + attempt.getKey() + ")";
          if (response.statusCode() < 400 || response.statusCode() >= 500) {
            failures.add(where + " answered " + response.statusCode() + ": " + response.body());
          } else if (!response
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json")) {
            failures.add(where + " answered " + response.headers().firstValue("Content-Type"));
          }
          waitForListeners();
          Map<String, Long> after = rowCounts();
          if (!after.equals(before)) {
            failures.add(where + " wrote rows: " + difference(before, after));
          }
        }
      }
    }
    assertThat(operations).as("POST and PATCH operations with a body").isGreaterThan(15);
    assertThat(failures).isEmpty();
  }

  /**
   * Each class of bad input, as a body; a class is left out when the body has nothing to hold it.
   */
  private Map<String, String> attempts(JsonNode api, JsonNode schema, JsonNode valid) {
    Map<String, String> attempts = new LinkedHashMap<>();
    addIfChanged(
        attempts,
        "NUL in texts",
        valid,
        (node, name) -> node.isString() ? NODES.stringNode("a\u0000b") : null);
    addIfChanged(
        attempts,
        "huge numbers",
        valid,
        (node, name) ->
            node.isNumber()
                ? NODES.numberNode(new java.math.BigInteger(HUGE))
                : DECIMAL_TEXTS.contains(name) && node.isString() ? NODES.stringNode(HUGE) : null);
    addIfChanged(
        attempts,
        "too many decimals",
        valid,
        (node, name) ->
            node.isNumber() && node.isFloatingPointNumber()
                ? NODES.numberNode(new java.math.BigDecimal(TOO_PRECISE))
                : DECIMAL_TEXTS.contains(name) && node.isString()
                    ? NODES.stringNode(TOO_PRECISE)
                    : null);
    addIfChanged(
        attempts,
        "null in lists",
        valid,
        (node, name) -> node.isArray() ? NODES.arrayNode().addNull() : null);
    attempts.put("malformed JSON", "{\"broken\": ");
    attempts.put("wrong content type", "subject=x");
    return attempts;
  }

  private interface Replacement {
    JsonNode replace(JsonNode node, String name);
  }

  private static void addIfChanged(
      Map<String, String> attempts, String name, JsonNode valid, Replacement replacement) {
    JsonNode changed = replaced(valid, "", replacement);
    if (!changed.equals(valid)) {
      attempts.put(name, JSON.writeValueAsString(changed));
    }
  }

  private static JsonNode replaced(JsonNode node, String name, Replacement replacement) {
    JsonNode instead = replacement.replace(node, name);
    if (instead != null) {
      return instead;
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = NODES.objectNode();
      object
          .properties()
          .forEach(e -> copy.set(e.getKey(), replaced(e.getValue(), e.getKey(), replacement)));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = NODES.arrayNode();
      array.forEach(item -> copy.add(replaced(item, name, replacement)));
      return copy;
    }
    return node;
  }

  /** A plausible body for the schema: texts, real ids named after their field, numbers 1. */
  private JsonNode sample(JsonNode api, JsonNode schema, String name, int depth) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      schema = api.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (depth > 6) {
      return NODES.nullNode();
    }
    String type = schema.path("type").asString("object");
    return switch (type) {
      case "string" ->
          schema.has("enum")
              ? schema.get("enum").get(0)
              : schema.path("format").asString("").equals("date")
                  ? NODES.stringNode("2026-11-30")
                  : NODES.stringNode(DECIMAL_TEXTS.contains(name) ? "1" : "x");
      case "integer" -> NODES.numberNode(idFor(name));
      case "number" -> NODES.numberNode(new java.math.BigDecimal("1.5"));
      case "boolean" -> NODES.booleanNode(true);
      case "array" ->
          NODES.arrayNode().add(sample(api, schema.path("items"), singular(name), depth + 1));
      default -> {
        ObjectNode object = NODES.objectNode();
        schema
            .path("properties")
            .properties()
            .forEach(e -> object.set(e.getKey(), sample(api, e.getValue(), e.getKey(), depth + 1)));
        yield object;
      }
    };
  }

  private long idFor(String field) {
    String key = field.toLowerCase().replace("ids", "").replace("id", "").replace("_", "");
    return ids.getOrDefault(key, 1L);
  }

  private static String singular(String name) {
    return name.endsWith("Ids") ? name.substring(0, name.length() - 3) + "Id" : name;
  }

  private String withIds(String path) {
    Matcher parameter = PATH_PARAMETER.matcher(path);
    StringBuilder url = new StringBuilder();
    while (parameter.find()) {
      String before = path.substring(0, parameter.start());
      String resource =
          before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
      String key =
          parameter.group(1).equals("id") || parameter.group(1).equals("ticketId")
              ? resource.replace("-", "").replaceAll("s$", "")
              : parameter.group(1).replace("Id", "").toLowerCase();
      parameter.appendReplacement(url, String.valueOf(ids.getOrDefault(key, 1L)));
    }
    parameter.appendTail(url);
    return url.toString();
  }

  /** Rows of every application table (sessions and the framework's own tables left out). */
  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        jdbc.sql(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' and table_name not like 'spring_session%'"
                    + " and table_name not like '%flyway%' order by table_name")
            .query(String.class)
            .list()) {
      counts.put(
          table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
    }
    return counts;
  }

  /** Listeners of earlier actions write their notes asynchronously: wait until they are done. */
  private void waitForListeners() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (jdbc.sql("select count(*) from event_publication where completion_date is null")
            .query(Long.class)
            .single()
        > 0) {
      assertThat(Instant.now()).as("event listeners finish").isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  private static String difference(Map<String, Long> before, Map<String, Long> after) {
    StringBuilder text = new StringBuilder();
    after.forEach(
        (table, count) -> {
          if (!count.equals(before.get(table))) {
            text.append(table)
                .append(' ')
                .append(before.get(table))
                .append("→")
                .append(count)
                .append(' ');
          }
        });
    return text.toString();
  }

  private long created(String path, Object body) {
    HttpResponse<String> response =
        send("POST", path, "application/json", JSON.writeValueAsString(body));
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("id").asLong();
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json")
            .header("Authorization", authorization);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
