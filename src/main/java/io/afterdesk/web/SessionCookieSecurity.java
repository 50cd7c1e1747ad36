package io.afterdesk.web;

import io.afterdesk.common.AfterdeskProperties;
import java.util.Locale;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * The session cookie is {@code Secure} when users reach the application over https ({@code
 * afterdesk.base-url}), whatever the request behind a proxy looks like; {@code HttpOnly} and {@code
 * SameSite=Lax} come from {@code server.servlet.session.cookie.*}.
 */
@Component
class SessionCookieSecurity implements DefaultCookieSerializerCustomizer {

  private final boolean https;

  SessionCookieSecurity(AfterdeskProperties properties) {
    this.https = properties.baseAddress().toLowerCase(Locale.ROOT).startsWith("https://");
  }

  @Override
  public void customize(DefaultCookieSerializer serializer) {
    if (https) {
      serializer.setUseSecureCookie(true);
    }
  }
}
