package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * No CSV export hands a spreadsheet a formula: names, subjects and references that start with
 * {@code = + - @} are written with a leading {@code '} in every export of the pages.
 */
class CsvInjectionIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void everyExportNeutralisesFormulas() throws IOException {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary admin = fixtures.user("csv-admin", Role.ADMIN);
    TeamView team = fixtures.team("Csv", admin);
    ApiClient api = ApiClient.at(port).as(admin.login(), HelpdeskFixtures.PASSWORD);
    String marker = fixtures.suffix;
    long customer =
        id(api.post("/api/v1/customers", Map.of("name", "=HYPERLINK(\"http://x\") " + marker)));
    long product =
        id(api.post("/api/v1/products", Map.of("name", "@SUM(1+1) " + marker, "type", "GOODS")));
    id(
        api.post(
            "/api/v1/tickets",
            Map.of("subject", "+SUM(1+1) " + marker, "teamId", team.id(), "customerId", customer)));
    Map<String, Object> line = Map.of("productId", product, "quantity", "2");
    long order =
        id(
            api.post(
                "/api/v1/sales-orders", Map.of("customerId", customer, "lines", List.of(line))));
    assertThat(api.post("/api/v1/sales-orders/" + order + "/confirm", Map.of()).status())
        .isEqualTo(200);
    id(api.post("/api/v1/invoices", Map.of("customerId", customer, "lines", List.of(line))));
    long location = 0;
    for (JsonNode l : api.get("/api/v1/locations").json().get("items")) {
      if (l.get("usage").asString().equals("INTERNAL")) {
        location = l.get("id").asLong();
        break;
      }
    }
    assertThat(
            api.post(
                    "/api/v1/inventory-adjustments",
                    Map.of("productId", product, "locationId", location, "quantity", 3))
                .status())
        .isEqualTo(201);

    StaffSession session = StaffSession.signIn(port, admin.login(), HelpdeskFixtures.PASSWORD);
    for (String export :
        List.of(
            "/helpdesk/tickets?format=csv",
            "/customers?format=csv",
            "/products?format=csv",
            "/sales/orders?format=csv",
            "/invoicing/invoices?format=csv",
            "/inventory/transfers?format=csv",
            "/inventory/stock?format=csv")) {
      List<String> cells =
          cells(session, export + "&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
      if (cells.stream().noneMatch(cell -> cell.contains(marker))) {
        cells = cells(session, export);
      }
      assertThat(cells).as(export).anyMatch(cell -> cell.startsWith("'") && cell.contains(marker));
      assertThat(cells)
          .as(export)
          .noneMatch(
              cell ->
                  !cell.isEmpty()
                      && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                      && !cell.matches("-?\\d+([.,]\\d+)?"));
    }
  }

  private static List<String> cells(StaffSession session, String path) throws IOException {
    HttpResponse<String> response = session.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    List<String> cells = new ArrayList<>();
    String body = response.body().replace("\uFEFF", "");
    for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(body))) {
      record.forEach(cells::add);
    }
    return cells;
  }

  private static long id(ApiClient.ApiResponse response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }
}
