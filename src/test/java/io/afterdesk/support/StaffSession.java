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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like staff session over real HTTP: signs in through the login form (with its CSRF
 * token), keeps the session cookie, and posts forms with the CSRF token of the last page read.
 */
public final class StaffSession {

  private static final Pattern CSRF_INPUT =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
  private static final Pattern CSRF_META =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient http;
  private String csrf = "";

  private StaffSession(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Signs in at {@code /login}; fails unless the login form redirects away from it. */
  public static StaffSession signIn(int port, String login, String password) {
    StaffSession session = new StaffSession(port);
    session.get("/login");
    HttpResponse<String> response =
        session.post("/login", Map.of("username", login, "password", password));
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("Sign-in of " + login + " failed: " + location);
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    rememberCsrf(response.body());
    return response;
  }

  /** Posts a form with the CSRF token of the last page read. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("_csrf", csrf);
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private void rememberCsrf(String html) {
    Matcher meta = CSRF_META.matcher(html);
    if (meta.find()) {
      csrf = meta.group(1);
      return;
    }
    Matcher input = CSRF_INPUT.matcher(html);
    if (input.find()) {
      csrf = input.group(1) != null ? input.group(1) : input.group(2);
    }
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
