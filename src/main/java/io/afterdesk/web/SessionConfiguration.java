package io.afterdesk.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL: a session attribute is written with an upsert, so two concurrent requests
 * of one session that both add the same attribute (the CSRF token of the first pages after signing
 * in, say) do not fail on the attribute's primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

  @Bean
  PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
    return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
  }
}
