package io.afterdesk.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer, besides Spring Security's defaults (nosniff, frame options,
 * no caching of pages, HSTS over https). Pages: scripts, styles, fonts and requests from this
 * origin only (htmx, Bootstrap and our own files are all served here), no inline script, no inline
 * {@code <style>} (htmx is told not to inject its indicator style), inline {@code style} attributes
 * allowed (they cannot run code), images from here and {@code data:} (Bootstrap's icons), no
 * framing by other sites. Swagger UI gets its own policy, as it injects styles. The API's JSON is
 * never a document: {@code default-src 'none'}. Referrer: same origin only, so links with tokens
 * (invitations) never leak to other sites.
 */
final class SecurityHeaders {

  static final String PAGES =
      "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String SWAGGER_UI =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String API = "default-src 'none'; frame-ancestors 'none'";

  private static final RequestMatcher SWAGGER =
      new OrRequestMatcher(
          PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
          PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

  private SecurityHeaders() {}

  /** The staff pages and the portal (and Swagger UI, which the staff chain serves). */
  static void pages(HeadersConfigurer<HttpSecurity> headers) {
    common(headers)
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(SWAGGER), new ContentSecurityPolicyHeaderWriter(PAGES)))
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                SWAGGER, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI)));
  }

  static void api(HeadersConfigurer<HttpSecurity> headers) {
    common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API));
  }

  private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
    return headers
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(frame -> frame.deny())
        .contentTypeOptions(Customizer.withDefaults());
  }
}
