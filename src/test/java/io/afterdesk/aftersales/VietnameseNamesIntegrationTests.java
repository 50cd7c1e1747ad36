package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.StageView;
import io.afterdesk.helpdesk.Tags;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The names the application seeds (reason codes, stages, journals, locations, operation types, the
 * unit) exist in Vietnamese and are shown in Vietnamese with {@code ?lang=vi}, in English
 * otherwise; admins give both names of reason codes and stages, and the API answers both.
 */
class VietnameseNamesIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;
  @Autowired Tags tags;
  @Autowired JdbcClient jdbc;

  RefundFixtures fixtures;
  UserSummary admin;
  UserSummary agent;
  TeamView team;

  @BeforeEach
  void data() {
    fixtures = new RefundFixtures(context, port);
    admin = fixtures.user("vi-admin", Role.ADMIN);
    agent = fixtures.user("vi-agent", Role.AGENT);
    team =
        teams.create(
            new TeamDraft(
                "Vi team " + fixtures.suffix,
                List.of(agent.id()),
                new AfterSalesSwitches(true, false, true, false, false),
                null,
                null));
  }

  @Test
  void everySeededRowHasAVietnameseName() {
    assertThat(
            jdbc.sql(
                    "select code from aftersales_reason_code where name_vi is null and code in"
                        + " ('DEFECTIVE', 'DAMAGED_IN_TRANSIT', 'WRONG_ITEM', 'NOT_AS_DESCRIBED',"
                        + " 'LATE_DELIVERY', 'GOODWILL', 'OTHER')")
                .query(String.class)
                .list())
        .isEmpty();
    assertThat(jdbc.sql("select count(*) from aftersales_reason_code").query(Long.class).single())
        .isPositive();
    for (String table : List.of("journal", "stock_location", "operation_type")) {
      assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
          .as(table)
          .isPositive();
      assertThat(
              jdbc.sql("select name from " + table + " where coalesce(name_vi, '') = ''")
                  .query(String.class)
                  .list())
          .as("rows of %s without a Vietnamese name", table)
          .isEmpty();
    }
    assertThat(team.stages())
        .extracting(StageView::nameVi)
        .containsExactly("Mới", "Đang xử lý", "Đã giải quyết", "Đã hủy");
  }

  @Test
  void settingsPagesShowTheSeededNamesInVietnamese() {
    StaffSession session = StaffSession.signIn(port, admin.login(), RefundFixtures.PASSWORD);

    String reasonCodes = session.get("/settings/reason-codes?lang=vi").body();
    assertThat(reasonCodes)
        .contains("Tên tiếng Việt")
        .contains("value=\"Hư hỏng khi vận chuyển\"")
        .contains("value=\"Damaged in transit\"");

    String teamPage = session.get("/settings/teams/" + team.id() + "?lang=vi").body();
    assertThat(teamPage).contains("value=\"Đang xử lý\"").contains("value=\"Đã giải quyết\"");
    assertThat(session.get("/settings/teams?lang=vi").body())
        .contains("Mới → Đang xử lý → Đã giải quyết → Đã hủy");
    assertThat(session.get("/settings/teams?lang=en").body())
        .contains("New → In Progress → Solved → Cancelled");

    String journals = session.get("/invoicing/journals?lang=vi").body();
    assertThat(journals)
        .contains(">Hóa đơn khách hàng<")
        .contains(">Ngân hàng<")
        .contains(">Tiền mặt<")
        .contains(">Nghiệp vụ khác<")
        .doesNotContain(">Customer Invoices<");
  }

  @Test
  void ticketPagesShowStagesAndTagsInVietnamese() {
    tags.create("Fragile " + fixtures.suffix, "Dễ vỡ " + fixtures.suffix);
    long ticket = fixtures.ticket(agent, team, null, null, null, null);
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);

    String form = session.get("/helpdesk/tickets/" + ticket + "?lang=vi").body();
    assertThat(form)
        .containsPattern("id=\"stage-\\d+\"[^>]*>Mới</button>")
        .containsPattern("id=\"stage-\\d+\"[^>]*>Đang xử lý</button>");
    assertThat(form).contains(">Dễ vỡ " + fixtures.suffix + "</option>");

    String list = session.get("/helpdesk/tickets?teamId=" + team.id()).body();
    assertThat(list)
        .containsPattern("badge[^>]*>Mới</span>")
        .contains(">Đang xử lý</option>")
        .doesNotContain(">In Progress</option>");

    String english = session.get("/helpdesk/tickets?teamId=" + team.id() + "&lang=en").body();
    assertThat(english).containsPattern("badge[^>]*>New</span>");
  }

  @Test
  void refundAndReturnDialogsShowReasonsJournalsLocationsAndTheUnitInVietnamese() {
    long company = fixtures.company("Vi buyer");
    long product = fixtures.product("Vi kettle", Tracking.NONE, "25.00");
    fixtures.inStock(product, "10");
    var order = fixtures.shippedAndInvoiced(company, product, "2", null, LocalDate.now());
    long ticket = fixtures.ticket(agent, team, company, product, null, order.id());
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);

    String refund = session.get("/aftersales/tickets/" + ticket + "/refund?lang=vi").body();
    assertThat(refund)
        .contains("INV — Hóa đơn khách hàng")
        .contains(">Bị lỗi</option>")
        .contains(">Hư hỏng khi vận chuyển</option>")
        .doesNotContain(">Defective</option>");

    String ret = session.get("/aftersales/tickets/" + ticket + "/return").body();
    assertThat(ret)
        .contains(">Giao nhầm hàng</option>")
        .contains("WH/Hàng trả lại")
        .contains(">đơn vị</td>")
        .doesNotContain(">Wrong item</option>");

    String english = session.get("/aftersales/tickets/" + ticket + "/return?lang=en").body();
    assertThat(english).contains(">Wrong item</option>").contains(">Units</td>");
  }

  @Test
  void theApiAnswersBothNamesAndAcceptsTheVietnameseOne() {
    ApiClient api = fixtures.api(admin);
    JsonNode journals = api.get("/api/v1/journals").json().get("items");
    Map<String, String> journalNames = new LinkedHashMap<>();
    journals.forEach(j -> journalNames.put(j.get("code").asString(), j.get("nameVi").asString()));
    assertThat(journalNames).containsEntry("INV", "Hóa đơn khách hàng");

    Map<String, Object> stageNew = new LinkedHashMap<>();
    stageNew.put("name", "Waiting");
    stageNew.put("nameVi", "Đang chờ");
    stageNew.put("sequence", 1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Api vi team " + fixtures.suffix);
    body.put("stages", List.of(stageNew));
    ApiClient.ApiResponse created = api.post("/api/v1/teams", body);
    assertThat(created.status()).isEqualTo(201);
    JsonNode stage = created.json().get("stages").get(0);
    assertThat(stage.get("name").asString()).isEqualTo("Waiting");
    assertThat(stage.get("nameVi").asString()).isEqualTo("Đang chờ");

    Map<String, Object> renamed = new LinkedHashMap<>();
    renamed.put("id", stage.get("id").asLong());
    renamed.put("name", "Waiting");
    renamed.put("nameVi", "Chờ khách hàng");
    ApiClient.ApiResponse patched =
        api.patch(
            "/api/v1/teams/" + created.json().get("id").asLong(),
            Map.of("stages", List.of(renamed)));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("stages").get(0).get("nameVi").asString())
        .isEqualTo("Chờ khách hàng");
  }

  @Test
  void anAdminGivesBothNamesOfAStageOnTheTeamPage() {
    StaffSession session = StaffSession.signIn(port, admin.login(), RefundFixtures.PASSWORD);
    session.get("/settings/teams/" + team.id());
    var added =
        session.post(
            "/settings/teams/" + team.id() + "/stages",
            Map.of("name", "On hold", "nameVi", "Tạm dừng"));
    assertThat(added.statusCode()).isEqualTo(302);
    StageView onHold =
        teams.get(team.id()).stages().stream()
            .filter(s -> s.name().equals("On hold"))
            .findFirst()
            .orElseThrow();
    assertThat(onHold.nameVi()).isEqualTo("Tạm dừng");

    session.get("/settings/teams/" + team.id());
    session.post(
        "/settings/teams/" + team.id() + "/stages/" + onHold.id(),
        Map.of("name", "On hold", "nameVi", "Đang tạm dừng"));
    assertThat(session.get("/settings/teams/" + team.id() + "?lang=vi").body())
        .contains("value=\"Đang tạm dừng\"");
  }
}
