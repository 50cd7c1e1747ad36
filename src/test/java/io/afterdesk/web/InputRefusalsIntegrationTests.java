package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Bad input is a field error (422 on the API, next to the field on pages), never a 500. */
class InputRefusalsIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  private HelpdeskFixtures fixtures;
  private UserSummary admin;
  private TeamView team;
  private ApiClient api;

  @BeforeEach
  void staff() {
    fixtures = new HelpdeskFixtures(context);
    admin = fixtures.user("input-admin", Role.ADMIN);
    team = fixtures.team("Input", admin);
    api = ApiClient.at(port).as(admin.login(), HelpdeskFixtures.PASSWORD);
  }

  private static void assertFieldError(ApiResponse response, String field, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode errors = response.json().get("errors");
    assertThat(errors.findValuesAsString("field")).contains(field);
    if (message != null) {
      assertThat(errors.findValuesAsString("message")).contains(message);
    }
  }

  @Test
  void aTicketSubjectLongerThan200IsRefusedOnCreateAndPatch() {
    ApiResponse created =
        api.post("/api/v1/tickets", Map.of("subject", "s".repeat(201), "teamId", team.id()));
    assertFieldError(created, "subject", null);
    assertThat(fixtures.ticketIdsWithSubject("s".repeat(201))).isEmpty();

    long id =
        api.post("/api/v1/tickets", Map.of("subject", "Short", "teamId", team.id()))
            .json()
            .get("id")
            .asLong();
    assertFieldError(
        api.patch("/api/v1/tickets/" + id, Map.of("description", "d".repeat(10_001))),
        "description",
        "Enter at most 10,000 characters.");
  }

  @Test
  void theDatabaseKeepsTheLimitsToo() {
    long id =
        api.post("/api/v1/tickets", Map.of("subject", "Checked", "teamId", team.id()))
            .json()
            .get("id")
            .asLong();
    assertThatThrownBy(
            () ->
                jdbc.sql("update helpdesk_ticket set subject = repeat('x', 201) where id = :id")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aTicketEmailMustBeAnEmailAddress() {
    assertFieldError(
        api.post(
            "/api/v1/tickets",
            Map.of("subject", "Mail " + fixtures.suffix, "teamId", team.id(), "email", "nobody")),
        "email",
        null);
    long id =
        api.post("/api/v1/tickets", Map.of("subject", "Mail ok", "teamId", team.id()))
            .json()
            .get("id")
            .asLong();
    assertFieldError(
        api.patch("/api/v1/tickets/" + id, Map.of("email", "still not one")),
        "email",
        "Enter a valid email address.");
  }

  @Test
  void aNulCharacterIsAFieldErrorNotADatabaseError() {
    String subject = "Nul " + fixtures.suffix + "\u0000";
    assertFieldError(
        api.post("/api/v1/tickets", Map.of("subject", subject, "teamId", team.id())),
        "subject",
        "This text contains a character that is not allowed.");
    long id =
        api.post("/api/v1/tickets", Map.of("subject", "Nul ok", "teamId", team.id()))
            .json()
            .get("id")
            .asLong();
    assertFieldError(
        api.patch("/api/v1/tickets/" + id, Map.of("subject", subject)), "subject", null);
  }

  @Test
  void aNullInAnIdListIsAFieldError() {
    java.util.List<Object> tags = new java.util.ArrayList<>();
    tags.add(null);
    ApiResponse response =
        api.post(
            "/api/v1/tickets",
            Map.of("subject", "Tags " + fixtures.suffix, "teamId", team.id(), "tagIds", tags));
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(response.json().get("errors").findValuesAsString("field").get(0))
        .startsWith("tagIds");
    assertThat(response.json().get("errors").findValuesAsString("message"))
        .contains("This list contains an empty value.");
  }

  @Test
  void aQuantityMustBeANumberTheColumnsCanKeep() throws Exception {
    long customer = fixtures.company("Quantities");
    long product = fixtures.product("Quantities", "NONE");
    for (var quantity : List.of("abc", "1.123456", "9000000000000000")) {
      ApiResponse response =
          api.post(
              "/api/v1/invoices",
              Map.of(
                  "customerId",
                  customer,
                  "lines",
                  List.of(Map.of("productId", product, "quantity", quantity))));
      assertFieldError(response, "lines[0].quantity", null);
    }
    assertFieldError(
        api.post(
            "/api/v1/invoices",
            Map.of(
                "customerId",
                customer,
                "lines",
                List.of(Map.of("productId", product, "quantity", "abc")))),
        "lines[0].quantity",
        "Enter a number.");

    HttpResponse<String> vietnamese =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/invoices"))
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "vi")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (admin.login() + ":" + HelpdeskFixtures.PASSWORD).getBytes()))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            ApiClient.toJson(
                                Map.of(
                                    "customerId",
                                    customer,
                                    "lines",
                                    List.of(Map.of("productId", product, "quantity", "abc"))))))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(vietnamese.statusCode()).isEqualTo(422);
    assertThat(vietnamese.body()).contains("Hãy nhập một số.");

    assertFieldError(
        api.post(
            "/api/v1/inventory-adjustments",
            Map.of("productId", product, "locationId", 1, "quantity", 9_000_000_000_000_000L)),
        "quantity",
        null);
  }

  @Test
  void apiErrorsWithoutAControllerAreProblemsToo() {
    ApiResponse unknown = api.get("/api/v1/no-such-thing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(unknown.json().get("status").asInt()).isEqualTo(404);

    ApiResponse wrongMethod = api.delete("/api/v1/tickets");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
  }

  @Test
  void pagesShowTheLimitNextToTheFieldAndRefuseNul() {
    StaffSession session = StaffSession.signIn(port, admin.login(), HelpdeskFixtures.PASSWORD);
    session.get("/helpdesk/tickets/new");
    String subject = "p".repeat(201);
    HttpResponse<String> tooLong =
        session.post(
            "/helpdesk/tickets", Map.of("subject", subject, "teamId", String.valueOf(team.id())));
    assertThat(tooLong.statusCode()).isEqualTo(200);
    assertThat(tooLong.body()).contains("invalid-feedback");
    assertThat(fixtures.ticketIdsWithSubject(subject)).isEmpty();

    session.get("/helpdesk/tickets/new");
    HttpResponse<String> nul =
        session.post(
            "/helpdesk/tickets",
            Map.of("subject", "Nul\u0000page", "teamId", String.valueOf(team.id())));
    assertThat(nul.statusCode()).isEqualTo(400);
  }
}
