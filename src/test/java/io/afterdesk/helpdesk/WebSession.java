package io.afterdesk.helpdesk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session over real HTTP: signs in through a login form (cookie + CSRF token) and
 * then gets pages and posts forms. Redirects are not followed, so tests see them.
 */
public final class WebSession {

  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

  private final String baseUrl;
  private final HttpClient http;

  private WebSession(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Signs a staff user in at /login. */
  public static WebSession staff(int port, String login, String password) {
    return signIn(port, "/login", "username", login, password);
  }

  /** Signs a portal customer in at /my/login. */
  public static WebSession customer(int port, String email, String password) {
    return signIn(port, "/my/login", "username", email, password);
  }

  private static WebSession signIn(
      int port, String path, String userField, String user, String password) {
    WebSession session = new WebSession(port);
    HttpResponse<String> form = session.get(path);
    HttpResponse<String> done =
        session.post(path, Map.of(userField, user, "password", password), csrfOf(form.body()));
    if (done.statusCode() != 302
        || done.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Sign-in failed for " + user + ": " + done.statusCode());
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  /** Posts a form with the CSRF token of the page at {@code pagePath}. */
  public HttpResponse<String> postFrom(String pagePath, String path, Map<String, String> fields) {
    return post(path, fields, csrfOf(get(pagePath).body()));
  }

  public HttpResponse<String> post(String path, Map<String, String> fields, String csrf) {
    String body =
        fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"))
            + "&_csrf="
            + encode(csrf);
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public static String csrfOf(String html) {
    Matcher matcher = CSRF.matcher(html);
    if (!matcher.find()) {
      throw new IllegalStateException("No CSRF token in the page");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
