package io.afterdesk.common;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the application under {@code afterdesk.*}.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data
 * @param demoData {@code true} loads the demo data into an empty database, {@code false} never
 *     does, unset loads it only into a fresh embedded database
 * @param currency the company currency (ISO 4217)
 * @param baseUrl the address users reach the application at, for links in emails
 * @param companyName the name shown on documents and emails
 */
@ConfigurationProperties("afterdesk")
public record AfterdeskProperties(
    @Nullable Path dataDir,
    @Nullable Boolean demoData,
    @Nullable String currency,
    @Nullable String baseUrl,
    @Nullable String companyName) {

  public Path dataDirectory() {
    return dataDir == null ? Path.of("data") : dataDir;
  }

  public String currencyCode() {
    return currency == null ? "USD" : currency;
  }

  public String baseAddress() {
    String url = baseUrl == null ? "http://localhost:8080" : baseUrl;
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String company() {
    return companyName == null ? "Afterdesk Demo Company" : companyName;
  }
}
