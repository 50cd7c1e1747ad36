package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Reason-code names: unique per language whatever the case (422 on the API, a field error on the
 * page, also when two admins add the same name at once), field-specific messages for blank fields
 * in both languages, and the Vietnamese name given and changed.
 */
class ReasonCodeNamesIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  RefundFixtures fixtures;
  UserSummary admin;
  ApiClient api;

  @BeforeEach
  void data() {
    fixtures = new RefundFixtures(context, port);
    admin = fixtures.user("reasons-admin", Role.ADMIN);
    api = fixtures.api(admin);
  }

  Map<String, Object> code(String code, String name, String nameVi) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code + " " + fixtures.suffix);
    body.put("name", name + " " + fixtures.suffix);
    if (nameVi != null) {
      body.put("nameVi", nameVi + " " + fixtures.suffix);
    }
    return body;
  }

  static Map<String, String> errors(ApiClient.ApiResponse response) {
    Map<String, String> byField = new LinkedHashMap<>();
    response
        .json()
        .get("errors")
        .forEach(e -> byField.put(e.get("field").asString(), e.get("message").asString()));
    return byField;
  }

  @Test
  void aSecondCodeWithTheSameNameInAnotherCaseIsRefusedOnTheNameField() {
    assertThat(api.post("/api/v1/reason-codes", code("warranty", "Warranty claim", null)).status())
        .isEqualTo(201);

    ApiClient.ApiResponse again =
        api.post("/api/v1/reason-codes", code("warranty2", "WARRANTY CLAIM", null));

    assertThat(again.status()).isEqualTo(422);
    assertThat(errors(again))
        .containsEntry(
            "name", "A reason code named “WARRANTY CLAIM " + fixtures.suffix + "” already exists.");
    long named =
        countNamed(api.get("/api/v1/reason-codes").json(), "warranty claim " + fixtures.suffix);
    assertThat(named).isEqualTo(1);
  }

  @Test
  void theVietnameseNameIsUniqueTooAndCanBeChanged() {
    ApiClient.ApiResponse created =
        api.post("/api/v1/reason-codes", code("scratch", "Scratched", "Bị trầy"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("nameVi").asString()).isEqualTo("Bị trầy " + fixtures.suffix);

    ApiClient.ApiResponse clash =
        api.post("/api/v1/reason-codes", code("scratch2", "Scratches", "BỊ TRẦY"));
    assertThat(clash.status()).isEqualTo(422);
    assertThat(errors(clash)).containsKey("nameVi");

    long id = created.json().get("id").asLong();
    ApiClient.ApiResponse patched =
        api.patch("/api/v1/reason-codes/" + id, Map.of("nameVi", "Trầy xước " + fixtures.suffix));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("nameVi").asString()).isEqualTo("Trầy xước " + fixtures.suffix);
    assertThat(patched.json().get("name").asString()).isEqualTo("Scratched " + fixtures.suffix);

    ApiClient.ApiResponse renamedOntoAnother =
        api.patch("/api/v1/reason-codes/" + id, Map.of("name", "defective"));
    assertThat(renamedOntoAnother.status()).isEqualTo(422);
    assertThat(errors(renamedOntoAnother)).containsKey("name");
  }

  @Test
  void blankFieldsSayWhichFieldInBothLanguages() {
    Map<String, Object> blank = Map.of("code", " ", "name", "");

    ApiClient.ApiResponse english = api.post("/api/v1/reason-codes?lang=en", blank);
    assertThat(english.status()).isEqualTo(422);
    assertThat(errors(english))
        .containsEntry("code", "Enter a code.")
        .containsEntry("name", "Enter a name.");

    ApiClient.ApiResponse vietnamese = api.post("/api/v1/reason-codes?lang=vi", blank);
    assertThat(errors(vietnamese))
        .containsEntry("code", "Nhập mã.")
        .containsEntry("name", "Nhập tên.");
    assertThat(vietnamese.body()).doesNotContain("must not be blank", "không được để trống");
  }

  @Test
  void thePageShowsFieldErrorsForBlankAndTakenNames() {
    StaffSession session = StaffSession.signIn(port, admin.login(), RefundFixtures.PASSWORD);
    session.get("/settings/reason-codes?lang=en");

    String blank =
        session
            .post("/settings/reason-codes", Map.of("code", "", "name", " ", "nameVi", ""))
            .body();
    assertThat(blank)
        .containsPattern("invalid-feedback[^>]*>Enter a code\\.<")
        .containsPattern("invalid-feedback[^>]*>Enter a name\\.<")
        .doesNotContain("must not be blank");

    session.get("/settings/reason-codes?lang=vi");
    String blankVi =
        session.post("/settings/reason-codes", Map.of("code", "", "name", "", "nameVi", "")).body();
    assertThat(blankVi).contains(">Nhập mã.<").contains(">Nhập tên.<");

    session.get("/settings/reason-codes?lang=en");
    String taken =
        session
            .post(
                "/settings/reason-codes",
                Map.of("code", "dup " + fixtures.suffix, "name", "wrong ITEM", "nameVi", ""))
            .body();
    assertThat(taken)
        .containsPattern(
            "invalid-feedback[^>]*>A reason code named “wrong ITEM” already exists\\.<");

    var created =
        session.post(
            "/settings/reason-codes",
            Map.of(
                "code", "pg " + fixtures.suffix,
                "name", "Page reason " + fixtures.suffix,
                "nameVi", "Lý do trang " + fixtures.suffix));
    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(session.get("/settings/reason-codes?lang=vi").body())
        .contains("value=\"Lý do trang " + fixtures.suffix + "\"");
  }

  @Test
  void twoAdminsAddingTheSameNameAtOnceMakeOneCodeAndOneFieldError() throws Exception {
    UserSummary other = fixtures.user("reasons-admin2", Role.ADMIN);
    List<ApiClient> clients = List.of(api, fixtures.api(other));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ApiClient.ApiResponse>> answers = new ArrayList<>();
      for (int i = 0; i < clients.size(); i++) {
        ApiClient client = clients.get(i);
        Map<String, Object> body = code("race" + i, "Race reason", null);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.post("/api/v1/reason-codes", body);
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<ApiClient.ApiResponse> answer : answers) {
        statuses.add(answer.get(120, TimeUnit.SECONDS).status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 422);
    } finally {
      pool.shutdownNow();
    }
    assertThat(countNamed(api.get("/api/v1/reason-codes").json(), "race reason " + fixtures.suffix))
        .isEqualTo(1);
  }

  private static long countNamed(JsonNode page, String lowerName) {
    long count = 0;
    for (JsonNode item : page.get("items")) {
      if (item.get("name").asString().equalsIgnoreCase(lowerName)) {
        count++;
      }
    }
    return count;
  }
}
