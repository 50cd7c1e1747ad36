package io.afterdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The product pages: managers see the buttons and add lots; agents read and are refused. */
class ProductPagesIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired UserManagement users;
  @Autowired ProductManagement management;

  private String suffix;

  @BeforeEach
  void suffix() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anAgentReadsButCannotChangeProducts() {
    ProductSummary laptop =
        management.create(
            ProductInput.goods("Laptop " + suffix, "L-" + suffix, Tracking.SERIAL, "999", "700"));
    StaffSession agent = session(Role.AGENT);

    HttpResponse<String> list = agent.get("/products?q=" + suffix);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Laptop " + suffix).doesNotContain("id=\"product-new\"");
    HttpResponse<String> form = agent.get("/products/" + laptop.id());
    assertThat(form.body())
        .contains("id=\"product-lots\"")
        .doesNotContain("id=\"product-add-lot\"");

    HttpResponse<String> refused =
        agent.post("/products/" + laptop.id() + "/lots", Map.of("name", "SN-1"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(management.currency()).isNotNull();
  }

  @Test
  void aManagerAddsASerialThroughTheDialog() {
    ProductSummary bike =
        management.create(
            ProductInput.goods("Bike " + suffix, "B-" + suffix, Tracking.SERIAL, "999", "700"));
    StaffSession manager = session(Role.MANAGER);

    HttpResponse<String> dialog = manager.get("/products/" + bike.id() + "/lots/new?lang=vi");
    assertThat(dialog.body()).contains("Thêm số sê-ri").contains("id=\"lot-form\"");
    HttpResponse<String> added =
        manager.post("/products/" + bike.id() + "/lots", Map.of("name", "SN-" + suffix));
    assertThat(added.statusCode()).isEqualTo(302);
    HttpResponse<String> form = manager.get("/products/" + bike.id() + "?lang=en");
    assertThat(form.body()).contains("SN-" + suffix).contains("id=\"product-add-lot\"");

    HttpResponse<String> duplicate =
        manager.post("/products/" + bike.id() + "/lots", Map.of("name", "SN-" + suffix));
    assertThat(duplicate.statusCode()).isEqualTo(200);
    assertThat(duplicate.body()).contains("already has SN-" + suffix);
  }

  @Test
  void theCsvExportHasAHeaderRow() {
    management.create(ProductInput.service("Csv service " + suffix, "CSV-" + suffix, "10", "5"));
    StaffSession agent = session(Role.AGENT);

    HttpResponse<String> csv = agent.get("/products?format=csv&q=" + suffix);

    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String[] lines = csv.body().replace("\uFEFF", "").split("\r?\n");
    assertThat(lines[0]).startsWith("ID,Internal reference,Name");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).contains("CSV-" + suffix).contains("SERVICE");
  }

  private StaffSession session(Role role) {
    String login = role.name().toLowerCase() + "-" + suffix;
    users.create(new NewUser(login, login, null, "secret", role, Set.of()));
    return StaffSession.signIn(port, login, "secret");
  }
}
