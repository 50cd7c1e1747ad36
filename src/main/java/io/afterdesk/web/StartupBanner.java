package io.afterdesk.web;

import io.afterdesk.common.AfterdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the person who just started the application where to go and how to sign in. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final AfterdeskProperties properties;
  private final JdbcClient jdbc;

  StartupBanner(AfterdeskProperties properties, JdbcClient jdbc) {
    this.properties = properties;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    boolean demo =
        jdbc.sql("select count(*) from app_setting where name = 'demo-data-loaded'")
                .query(Long.class)
                .single()
            > 0;
    StringBuilder text = new StringBuilder();
    text.append("\n\n  Afterdesk is running at ").append(properties.baseAddress()).append('\n');
    text.append("  Staff sign-in:    ").append(properties.baseAddress()).append("/login\n");
    text.append("  Customer portal:  ").append(properties.baseAddress()).append("/my/login\n");
    text.append("  API docs:         ")
        .append(properties.baseAddress())
        .append("/swagger-ui.html\n");
    if (demo) {
      text.append("  Demo logins: admin/admin, manager/manager, agent/agent, agent2/agent2;")
          .append(" portal customer@example.com/customer\n");
    }
    log.info(text.toString());
  }
}
