package io.afterdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.afterdesk.common.web.Flash;
import io.afterdesk.partner.PortalPrincipal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The users admin page: admins only, CSRF-protected, errors next to the fields. */
class UsersPageIntegrationTests extends IdentityIntegrationTest {

  @Autowired MockMvc mvc;

  private RequestPostProcessor signedIn(UserSummary user) {
    return user(principalOf(user));
  }

  private static RequestPostProcessor customer() {
    PortalPrincipal customer = new PortalPrincipal(1, 1, "c@test.example", "Customer", "");
    return authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            customer, null, customer.getAuthorities()));
  }

  @Test
  void onlyAdminsOpenTheUsersPage() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    mvc.perform(get("/settings/users").with(signedIn(newUser(Role.AGENT))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/settings/users").with(signedIn(newUser(Role.MANAGER))))
        .andExpect(status().isForbidden());
    String html =
        mvc.perform(get("/settings/users").param("q", admin.login()).with(signedIn(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    HtmlPage page = new HtmlPage(html);
    assertThat(page.text("users-table")).contains(admin.login(), admin.name());
    assertThat(page.has("user-" + admin.id())).isTrue();
    assertThat(html.split("<tr id=\"user-")).hasSize(2);
  }

  @Test
  void aPortalCustomerNeverOpensAStaffPage() throws Exception {
    mvc.perform(get("/settings/users").with(customer())).andExpect(status().isForbidden());
    mvc.perform(get("/helpdesk/tickets").with(customer())).andExpect(status().isForbidden());
  }

  @Test
  void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
    String login = "nocsrf-" + unique();
    mvc.perform(
            post("/settings/users")
                .with(signedIn(newUser(Role.ADMIN)))
                .param("login", login)
                .param("name", "No Token")
                .param("password", "long-enough-1")
                .param("role", "AGENT"))
        .andExpect(status().isForbidden());
    assertThat(userManagement.findByLogin(login)).isEmpty();
  }

  @Test
  void anAdminCreatesAUserThroughTheForm() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    mvc.perform(get("/settings/users/new").with(signedIn(admin))).andExpect(status().isOk());
    String login = "form-" + unique();
    MvcResult result =
        mvc.perform(
                post("/settings/users")
                    .with(signedIn(admin))
                    .with(csrf())
                    .param("login", login)
                    .param("name", "Trần Thị Form")
                    .param("email", login + "@test.example")
                    .param("password", "long-enough-1")
                    .param("role", "MANAGER")
                    .param("teamIds", String.valueOf(TEAM_A), String.valueOf(TEAM_B)))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists(Flash.ATTRIBUTE))
            .andReturn();
    UserSummary created = userManagement.findByLogin(login).orElseThrow();
    assertThat(result.getResponse().getRedirectedUrl())
        .isEqualTo("/settings/users/" + created.id());
    assertThat(created.name()).isEqualTo("Trần Thị Form");
    assertThat(created.role()).isEqualTo(Role.MANAGER);
    assertThat(created.teamIds()).containsExactlyInAnyOrder(TEAM_A, TEAM_B);
    assertThat(created.active()).isTrue();
  }

  @Test
  void aBadFormShowsTheErrorNextToTheField() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    String html =
        mvc.perform(
                post("/settings/users")
                    .with(signedIn(admin))
                    .with(csrf())
                    .param("login", "Bad Login")
                    .param("name", "Someone")
                    .param("email", "nope")
                    .param("password", "short")
                    .param("role", "AGENT"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    HtmlPage page = new HtmlPage(html);
    assertFieldError(page, "login", "A login may only contain a-z, 0-9, dot, dash and underscore.");
    assertFieldError(page, "email", "Enter a valid email address.");
    assertFieldError(page, "password", "A password has at least 8 characters (at most 200).");
    assertThat(page.hasClass("name", "is-invalid")).isFalse();
    // What was typed is kept.
    assertThat(page.attribute("name", "value")).isEqualTo("Someone");
    assertThat(userManagement.findByLogin("Bad Login")).isEmpty();
  }

  @Test
  void aTakenLoginIsShownAtTheLoginFieldInVietnamese() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary existing = newUser(Role.AGENT);
    String html =
        mvc.perform(
                post("/settings/users")
                    .with(signedIn(admin))
                    .with(csrf())
                    .locale(new Locale("vi"))
                    .header("Accept-Language", "vi")
                    .param("login", existing.login())
                    .param("name", "Someone")
                    .param("password", "long-enough-1")
                    .param("role", "AGENT"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertFieldError(
        new HtmlPage(html), "login", "Tên đăng nhập " + existing.login() + " đã được dùng.");
  }

  @Test
  void anAdminEditsAUserAndSetsAPassword() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary agent = newUser(Role.AGENT);
    HtmlPage edit =
        new HtmlPage(
            mvc.perform(get("/settings/users/" + agent.id()).with(signedIn(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    String version = edit.attribute("version", "value");

    mvc.perform(
            post("/settings/users/" + agent.id())
                .with(signedIn(admin))
                .with(csrf())
                .param("name", "Edited Name")
                .param("email", "")
                .param("role", "MANAGER")
                .param("teamIds", String.valueOf(TEAM_B))
                .param("version", version))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/settings/users/" + agent.id()));
    UserSummary edited = userManagement.get(agent.id());
    assertThat(edited.name()).isEqualTo("Edited Name");
    assertThat(edited.email()).isNull();
    assertThat(edited.role()).isEqualTo(Role.MANAGER);
    assertThat(edited.teamIds()).containsExactly(TEAM_B);
    // The active checkbox was not sent: unchecked means deactivated.
    assertThat(edited.active()).isFalse();

    // The same (now stale) version again is refused.
    String stale =
        mvc.perform(
                post("/settings/users/" + agent.id())
                    .with(signedIn(admin))
                    .with(csrf())
                    .param("name", "Stale")
                    .param("role", "AGENT")
                    .param("active", "true")
                    .param("version", version))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(new HtmlPage(stale).text("user-form")).contains("Someone else changed this record");
    assertThat(userManagement.get(agent.id()).name()).isEqualTo("Edited Name");

    mvc.perform(
            post("/settings/users/" + agent.id() + "/password")
                .with(signedIn(admin))
                .with(csrf())
                .param("password", "short"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/settings/users/" + agent.id() + "/password")
                .with(signedIn(admin))
                .with(csrf())
                .param("password", "another-password"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/settings/users/" + agent.id() + "/activate").with(signedIn(admin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(api().as(agent.login(), "another-password").get("/api/v1/users/me").status())
        .isEqualTo(200);
  }

  @Test
  void anAdminCannotDeactivateThemselvesOnThePage() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    Flash refused =
        (Flash)
            mvc.perform(
                    post("/settings/users/" + admin.id() + "/deactivate")
                        .with(signedIn(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get(Flash.ATTRIBUTE);
    assertThat(refused.level()).isEqualTo("danger");
    assertThat(refused.messageKey()).isEqualTo("identity.user.cannot-deactivate-self");
    assertThat(userManagement.get(admin.id()).active()).isTrue();

    String html =
        mvc.perform(
                post("/settings/users/" + admin.id())
                    .with(signedIn(admin))
                    .with(csrf())
                    .param("name", admin.name())
                    .param("role", "AGENT")
                    .param("active", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(new HtmlPage(html).text("user-form"))
        .contains("You cannot remove your own admin role: another admin must do it.");
    assertThat(userManagement.get(admin.id()).role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void aTokenIsShownOnceAndCanBeRevoked() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary agent = newUser(Role.AGENT);
    HtmlPage page =
        new HtmlPage(
            mvc.perform(
                    post("/settings/users/" + agent.id() + "/api-tokens")
                        .with(signedIn(admin))
                        .with(csrf())
                        .param("name", "Zapier"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    String secret = page.attribute("issued-token-secret", "value");
    assertThat(secret).startsWith("adk_");
    assertThat(api().withToken(secret).get("/api/v1/users/me").status()).isEqualTo(200);

    HtmlPage again =
        new HtmlPage(
            mvc.perform(get("/settings/users/" + agent.id()).with(signedIn(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(again.has("issued-token-secret")).isFalse();
    assertThat(again.html()).doesNotContain(secret);
    assertThat(again.text("tokens-table")).contains("Zapier");

    long tokenId = apiTokens.tokensOf(agent.id()).get(0).id();
    mvc.perform(
            post("/settings/users/" + agent.id() + "/api-tokens/" + tokenId + "/revoke")
                .with(signedIn(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(api().withToken(secret).get("/api/v1/users/me").status()).isEqualTo(401);
  }

  @Test
  void aForgedRoleIsAnErrorNotACrash() throws Exception {
    String login = "forged-" + unique();
    int status =
        mvc.perform(
                post("/settings/users")
                    .with(signedIn(newUser(Role.ADMIN)))
                    .with(csrf())
                    .param("login", login)
                    .param("name", "Forged")
                    .param("password", "long-enough-1")
                    .param("role", "KING")
                    .param("teamIds", "abc"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isIn(200, 400);
    assertThat(userManagement.findByLogin(login)).isEmpty();
  }

  @Test
  void everyLabelExistsInEnglishAndVietnamese() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    apiTokens.issueToken(admin.id(), "labels");
    for (String language : new String[] {"en", "vi"}) {
      for (String path :
          new String[] {
            "/settings/users", "/settings/users/new", "/settings/users/" + admin.id()
          }) {
        String html =
            mvc.perform(get(path).param("lang", language).with(signedIn(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).as(language + " " + path).doesNotContain("??");
        if (language.equals("vi")) {
          assertThat(html).contains("Người dùng");
        }
      }
    }
  }

  @Test
  void anUnknownUserIs404() throws Exception {
    mvc.perform(get("/settings/users/999999999").with(signedIn(newUser(Role.ADMIN))))
        .andExpect(status().isNotFound());
  }

  private static void assertFieldError(HtmlPage page, String field, String message) {
    assertThat(page.has(field)).as(field).isTrue();
    assertThat(page.hasClass(field, "is-invalid")).as(field + " marked invalid").isTrue();
    assertThat(page.fieldError(field)).as(field + " feedback").isEqualTo(message);
  }
}
