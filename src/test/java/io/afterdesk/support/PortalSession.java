package io.afterdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like customer session over real HTTP: signs in at {@code /my/login} (with its CSRF
 * token) and keeps the session cookie.
 */
public final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String lastLoginLocation = "";

  private PortalSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Tries to sign in; {@link #signedIn()} tells whether it worked. */
  public static PortalSession attempt(int port, String email, String password) {
    PortalSession session = new PortalSession(port);
    Matcher csrf = CSRF.matcher(session.get("/my/login").body());
    String token = csrf.find() ? csrf.group(1) : "";
    String form =
        "username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        session.send(
            HttpRequest.newBuilder(URI.create(session.baseUrl + "/my/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    session.lastLoginLocation = response.headers().firstValue("Location").orElse("");
    return session;
  }

  /** Whether the sign-in redirected to the portal (not back to the login page). */
  public boolean signedIn() {
    return lastLoginLocation.endsWith("/my");
  }

  /** Where the sign-in redirected to, e.g. {@code /my/login?error}. */
  public String loginLocation() {
    return lastLoginLocation;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
