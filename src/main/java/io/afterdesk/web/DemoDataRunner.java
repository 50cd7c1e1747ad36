package io.afterdesk.web;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.database.DatabaseKind;
import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.common.demo.DemoDataLoading;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once into an empty database: by default only into a fresh embedded one, with
 * {@code afterdesk.demo-data=true} into any empty one, never with {@code false}. All modules'
 * loaders run in one transaction, so a failure leaves the database empty for the next try, and with
 * mail switched off: demo messages are never emailed.
 */
@Component
@Order(0)
class DemoDataRunner implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
  private static final String MARKER = "demo-data-loaded";

  private final AfterdeskProperties properties;
  private final DatabaseKind database;
  private final List<DemoDataLoader> loaders;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoDataRunner(
      AfterdeskProperties properties,
      DatabaseKind database,
      List<DemoDataLoader> loaders,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.properties = properties;
    this.database = database;
    this.loaders = loaders;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    Boolean wanted = properties.demoData();
    boolean load = wanted == null ? database.isEmbedded() : wanted;
    if (!load) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("lock table app_setting in exclusive mode").update();
          boolean loaded =
              jdbc.sql("select count(*) from app_setting where name = :name")
                      .param("name", MARKER)
                      .query(Long.class)
                      .single()
                  > 0;
          boolean empty =
              jdbc.sql("select count(*) from staff_user").query(Long.class).single() == 0;
          if (loaded || !empty) {
            return;
          }
          log.info("Loading the demo data ({} modules)", loaders.size());
          DemoDataLoading.run(
              () ->
                  loaders.stream()
                      .sorted(java.util.Comparator.comparingInt(DemoDataLoader::getOrder))
                      .forEach(DemoDataLoader::load));
          jdbc.sql("insert into app_setting (name, value) values (:name, now()::text)")
              .param("name", MARKER)
              .update();
        });
  }
}
