package io.afterdesk.common.database;

import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the migrations module by module: first the platform tables ({@code db/migration/__root},
 * history in {@code flyway_schema_history}), then each module's folder {@code
 * db/migration/<module>} with its own history table {@code flyway_schema_history_<module>},
 * starting at version 1 — the layout Spring Modulith's Flyway support uses, without detecting the
 * modules at start-up (which costs seconds): the modules are listed here, lower modules first, and
 * a test checks the list against the module structure.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

  static final String ROOT = "__root";

  /** Every module, each after the modules it depends on. */
  static final List<String> MODULES =
      List.of(
          "common",
          "identity",
          "partner",
          "catalog",
          "mail",
          "inventory",
          "invoicing",
          "sales",
          "helpdesk",
          "aftersales",
          "portal",
          "web");

  @Override
  public void migrate(Flyway flyway) {
    Configuration base = flyway.getConfiguration();
    Stream.concat(Stream.of(ROOT), MODULES.stream())
        .map(module -> forModule(base, module))
        .forEach(Flyway::migrate);
  }

  static Flyway forModule(Configuration base, String module) {
    String[] locations =
        Stream.of(base.getLocations())
            .map(location -> location.getDescriptor() + "/" + module)
            .toArray(String[]::new);
    String table = ROOT.equals(module) ? base.getTable() : base.getTable() + "_" + module;
    return Flyway.configure()
        .configuration(base)
        .locations(locations)
        .table(table)
        .baselineVersion("0")
        .baselineOnMigrate(true)
        .load();
  }
}
