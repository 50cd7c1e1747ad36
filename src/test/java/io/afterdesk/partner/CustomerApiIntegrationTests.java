package io.afterdesk.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The customer API as an agent uses it, and the partner facade other modules rely on. */
class CustomerApiIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired UserManagement users;
  @Autowired Customers customers;
  @Autowired PortalAccounts portalAccounts;

  private ApiClient agent;
  private String suffix;

  @BeforeEach
  void agent() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    String login = "agent-" + suffix;
    users.create(new NewUser(login, "Agent " + suffix, null, "secret", Role.AGENT, Set.of()));
    agent = ApiClient.at(port).as(login, "secret");
  }

  @Test
  void anAgentCreatesACompanyWithAContactAndFindsThem() {
    ApiResponse company =
        agent.post(
            "/api/v1/customers",
            Map.of("name", "Delta Cycles " + suffix, "isCompany", true, "city", "Hue"));
    assertThat(company.status()).isEqualTo(201);
    long companyId = company.json().get("id").asLong();
    assertThat(company.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/customers/" + companyId));
    assertThat(company.json().get("isCompany").asBoolean()).isTrue();
    assertThat(company.json().get("commercialEntityId").asLong()).isEqualTo(companyId);

    ApiResponse contact =
        agent.post(
            "/api/v1/customers",
            Map.of(
                "name", "Mai " + suffix,
                "parentId", companyId,
                "email", "mai-" + suffix + "@delta.example"));
    assertThat(contact.status()).isEqualTo(201);
    assertThat(contact.json().get("commercialEntityId").asLong()).isEqualTo(companyId);
    assertThat(contact.json().get("addressType").asString()).isEqualTo("CONTACT");
    assertThat(contact.json().get("portalAccess").asBoolean()).isFalse();

    JsonNode byCompanyName = agent.get("/api/v1/customers?q=delta+cycles+" + suffix).json();
    assertThat(byCompanyName.get("total").asLong()).isEqualTo(2);
    JsonNode companiesOnly = agent.get("/api/v1/customers?isCompany=true&q=" + suffix).json();
    assertThat(companiesOnly.get("total").asLong()).isEqualTo(1);
    assertThat(companiesOnly.get("items").get(0).get("id").asLong()).isEqualTo(companyId);
    JsonNode contactsOf = agent.get("/api/v1/customers?parentId=" + companyId).json();
    assertThat(contactsOf.get("items")).hasSize(1);
    assertThat(contactsOf.get("page").asInt()).isZero();
    assertThat(contactsOf.get("size").asInt()).isEqualTo(50);

    ApiResponse read = agent.get("/api/v1/customers/" + contact.json().get("id").asLong());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("email").asString()).isEqualTo("mai-" + suffix + "@delta.example");
  }

  @Test
  void aPatchChangesOnlyTheFieldsItNames() {
    long id = create(Map.of("name", "Quy " + suffix, "email", "quy-" + suffix + "@x.example"));

    ApiResponse patched =
        agent.patch("/api/v1/customers/" + id, Map.of("city", "Da Lat", "phone", "+84 1"));

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("city").asString()).isEqualTo("Da Lat");
    assertThat(patched.json().get("email").asString()).isEqualTo("quy-" + suffix + "@x.example");
    Map<String, Object> clearPhone = new HashMap<>();
    clearPhone.put("phone", null);
    assertThat(agent.patch("/api/v1/customers/" + id, clearPhone).json().has("phone")).isFalse();
    assertThat(
            agent
                .patch("/api/v1/customers/" + id, Map.of("active", false))
                .json()
                .get("active")
                .asBoolean())
        .isFalse();
  }

  @Test
  void badInputIsRefusedWithFieldErrorsAndWritesNothing() {
    ApiResponse noName = agent.post("/api/v1/customers", Map.of("email", "x-" + suffix + "@x.io"));
    assertThat(noName.status()).isEqualTo(422);
    assertThat(noName.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

    ApiResponse badEmail =
        agent.post("/api/v1/customers", Map.of("name", "Bad " + suffix, "email", "nope"));
    assertThat(badEmail.status()).isEqualTo(422);
    assertThat(badEmail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    assertThat(agent.get("/api/v1/customers?q=bad+" + suffix).json().get("total").asLong())
        .isZero();

    long individual = create(Map.of("name", "Solo " + suffix));
    ApiResponse contactOfIndividual =
        agent.post("/api/v1/customers", Map.of("name", "Child " + suffix, "parentId", individual));
    assertThat(contactOfIndividual.status()).isEqualTo(422);
    assertThat(contactOfIndividual.json().get("errors").get(0).get("field").asString())
        .isEqualTo("parentId");

    ApiResponse badPatch =
        agent.patch("/api/v1/customers/" + individual, Map.of("email", "still-wrong", "city", "X"));
    assertThat(badPatch.status()).isEqualTo(422);
    JsonNode unchanged = agent.get("/api/v1/customers/" + individual).json();
    assertThat(unchanged.has("email")).isFalse();
    assertThat(unchanged.has("city")).isFalse();
  }

  @Test
  void anUnknownCustomerIsANotFoundProblem() {
    ApiResponse response = agent.get("/api/v1/customers/987654321");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("status").asInt()).isEqualTo(404);
    assertThat(agent.patch("/api/v1/customers/987654321", Map.of("city", "X")).status())
        .isEqualTo(404);
  }

  @Test
  void aGrantedCustomerSignsInAsItsCommercialEntity() {
    long company = create(Map.of("name", "Portal Co " + suffix, "isCompany", true));
    String email = "portal-" + suffix + "@example.com";
    long contact = create(Map.of("name", "Lan " + suffix, "parentId", company, "email", email));

    customers.grantPortalAccess(contact, "letmein");

    PortalPrincipal principal = portalAccounts.loadUserByUsername(email.toUpperCase());
    assertThat(principal.customerId()).isEqualTo(contact);
    assertThat(principal.commercialEntityId()).isEqualTo(company);
    assertThat(agent.get("/api/v1/customers/" + contact).json().get("portalAccess").asBoolean())
        .isTrue();

    long twin = create(Map.of("name", "Twin " + suffix, "email", email));
    assertThatThrownBy(() -> customers.grantPortalAccess(twin, "other"))
        .isInstanceOf(BusinessRuleException.class);
    long noEmail = create(Map.of("name", "Mute " + suffix));
    assertThatThrownBy(() -> customers.grantPortalAccess(noEmail, "other"))
        .isInstanceOf(BusinessRuleException.class);

    customers.revokePortalAccess(contact);
    assertThat(customers.hasPortalAccess(contact)).isFalse();
  }

  @Test
  void invoiceAndDeliveryAddressesComeFromTheCommercialEntity() {
    long company = create(Map.of("name", "Addr Co " + suffix, "isCompany", true, "city", "Hanoi"));
    long buyer = create(Map.of("name", "Buyer " + suffix, "parentId", company));
    long billing =
        create(
            Map.of(
                "name",
                "Billing " + suffix,
                "parentId",
                company,
                "addressType",
                "INVOICE",
                "city",
                "Hai Phong"));

    assertThat(customers.invoiceAddressOf(buyer).id()).isEqualTo(billing);
    assertThat(customers.deliveryAddressOf(buyer).id()).isEqualTo(company);
    assertThat(customers.contactsOf(company))
        .extracting(CustomerDetails::id)
        .containsExactlyInAnyOrder(buyer, billing);
  }

  private long create(Map<String, Object> body) {
    ApiResponse response = agent.post("/api/v1/customers", body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }
}
