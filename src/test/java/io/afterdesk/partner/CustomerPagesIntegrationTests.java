package io.afterdesk.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import io.afterdesk.support.TicketReach;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The customer pages over HTTP with a signed-in agent: list, form, create, CSV, Vietnamese. */
class CustomerPagesIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired UserManagement users;
  @Autowired CustomerManagement management;
  @Autowired ApplicationContext context;

  private String suffix;
  private StaffSession session;
  private long agentId;

  @BeforeEach
  void signIn() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    String login = "agent-" + suffix;
    agentId =
        users
            .create(new NewUser(login, "Agent " + suffix, null, "secret", Role.AGENT, Set.of()))
            .id();
    session = StaffSession.signIn(port, login, "secret");
  }

  @Test
  void theListAndTheFormRenderInVietnamese() {
    CustomerDetails company =
        management.create(CustomerInput.company("Sông Hồng " + suffix, null, null));
    management.create(CustomerInput.contactOf(company.id(), "Hoa " + suffix, null, null));
    TicketReach.give(context, agentId, company.id());

    HttpResponse<String> list = session.get("/customers?lang=vi&q=" + suffix);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("Khách hàng")
        .contains("Tên, email hoặc công ty")
        .contains("Sông Hồng " + suffix)
        .contains("id=\"customer-table\"");

    HttpResponse<String> form = session.get("/customers/" + company.id() + "?lang=vi");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("Pháp nhân thương mại")
        .contains("Người liên hệ")
        .contains("Thêm người liên hệ")
        .contains("Hoa " + suffix)
        .contains("Chưa có quyền truy cập cổng thông tin");
  }

  @Test
  void anAgentCreatesACustomerThroughTheForm() {
    session.get("/customers/new");
    HttpResponse<String> created =
        session.post(
            "/customers",
            Map.of("name", "Form Co " + suffix, "company", "true", "email", "f@" + suffix + ".vn"));
    assertThat(created.statusCode()).isEqualTo(302);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/customers/\\d+$");

    HttpResponse<String> page = session.get(location.replaceFirst("^https?://[^/]+", ""));
    assertThat(page.body()).contains("Form Co " + suffix).contains("Customer created.");
  }

  @Test
  void aFormWithErrorsShowsThemNextToTheFields() {
    session.get("/customers/new");
    HttpResponse<String> refused =
        session.post("/customers", Map.of("name", "Err " + suffix, "email", "not-an-email"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Enter a valid email address.").contains("is-invalid");
  }

  @Test
  void theCsvExportHasAHeaderRow() {
    TicketReach.give(
        context,
        agentId,
        management
            .create(CustomerInput.individual("Csv " + suffix, "csv@" + suffix + ".vn", null))
            .id());

    HttpResponse<String> csv = session.get("/customers?format=csv&q=csv+" + suffix);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String[] lines = csv.body().replace("\uFEFF", "").split("\r?\n");
    assertThat(lines[0]).startsWith("ID,Name,");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).contains("Csv " + suffix);
  }
}
