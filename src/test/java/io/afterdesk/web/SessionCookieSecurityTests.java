package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.common.AfterdeskProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

class SessionCookieSecurityTests {

  @Test
  void theSessionCookieIsSecureWhenTheBaseUrlIsHttps() {
    assertThat(setCookie("https://desk.example.com")).contains("Secure");
    assertThat(setCookie("HTTPS://desk.example.com/")).contains("Secure");
  }

  @Test
  void overPlainHttpTheCookieFollowsTheRequest() {
    assertThat(setCookie("http://localhost:8080")).doesNotContain("Secure");
  }

  private static String setCookie(String baseUrl) {
    DefaultCookieSerializer serializer = new DefaultCookieSerializer();
    new SessionCookieSecurity(new AfterdeskProperties(null, null, null, baseUrl, null))
        .customize(serializer);
    MockHttpServletResponse response = new MockHttpServletResponse();
    serializer.writeCookieValue(
        new CookieValue(new MockHttpServletRequest(), response, "session-id"));
    return response.getHeader("Set-Cookie");
  }
}
