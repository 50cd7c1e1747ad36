package io.afterdesk.common.database;

import io.afterdesk.common.AfterdeskProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured and hands it
 * to Boot as the connection details; the pool closes before the server stops because it depends on
 * it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

  static final String DATABASE = "postgres";

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(AfterdeskProperties properties) {
    return EmbeddedPostgresServer.start(properties.dataDirectory().resolve("pg"), true);
  }

  @Bean
  JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
    return new JdbcConnectionDetails() {
      @Override
      public String getUsername() {
        return "postgres";
      }

      @Override
      public String getPassword() {
        return "";
      }

      @Override
      public String getJdbcUrl() {
        return server.jdbcUrl(DATABASE);
      }

      @Override
      public String getDriverClassName() {
        return DatabaseDriver.POSTGRESQL.getDriverClassName();
      }
    };
  }

  static class NoDatasourceConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
