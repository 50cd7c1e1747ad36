package io.afterdesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API of the running test application as a given staff user, over real HTTP.
 *
 * <pre>
 * ApiResponse created = api.as("agent-x", "secret").post("/api/v1/tickets", Map.of(...));
 * assertThat(created.status()).isEqualTo(201);
 * assertThat(created.json().get("reference").asText()).startsWith("#");
 * </pre>
 */
public final class ApiClient {

  /** A response with its status, headers and body (parsed as JSON on demand). */
  public record ApiResponse(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      return MAPPER.readTree(body);
    }
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String authorization;

  private ApiClient(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  public static ApiClient at(int port) {
    return new ApiClient("http://localhost:" + port, null);
  }

  /** The same client authenticating with HTTP Basic. */
  public ApiClient as(String login, String password) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(baseUrl, "Basic " + credentials);
  }

  /** The same client authenticating with an API token. */
  public ApiClient withToken(String token) {
    return new ApiClient(baseUrl, "Bearer " + token);
  }

  public ApiResponse get(String path) {
    return send(request(path).GET());
  }

  public ApiResponse delete(String path) {
    return send(request(path).DELETE());
  }

  public ApiResponse post(String path, Object body) {
    return send(request(path).POST(json(body)));
  }

  /** A POST with an {@code Idempotency-Key} header. */
  public ApiResponse post(String path, Object body, String idempotencyKey) {
    return send(request(path).header("Idempotency-Key", idempotencyKey).POST(json(body)));
  }

  public ApiResponse patch(String path, Object body) {
    return send(request(path).method("PATCH", json(body)));
  }

  public static String toJson(Object body) {
    return body instanceof String text ? text : MAPPER.writeValueAsString(body);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    return HttpRequest.BodyPublishers.ofString(toJson(body));
  }

  private ApiResponse send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiResponse(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
