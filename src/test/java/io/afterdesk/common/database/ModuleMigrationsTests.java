package io.afterdesk.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.Afterdesk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module list of {@link ModuleMigrations} matches the module structure: every module once, each
 * after the modules it depends on, every migration folder belongs to a listed module, and each
 * module migrates from its own folder into its own history table.
 */
class ModuleMigrationsTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(Afterdesk.class);

  @Test
  void listsEveryModuleOnce() {
    List<String> detected =
        MODULES.stream().map(module -> module.getIdentifier().toString()).toList();
    assertThat(ModuleMigrations.MODULES)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(detected);
  }

  @Test
  void listsEachModuleAfterTheModulesItDependsOn() {
    List<String> order = ModuleMigrations.MODULES;
    List<String> misplaced = new ArrayList<>();
    for (ApplicationModule module : MODULES) {
      String name = module.getIdentifier().toString();
      module.getDirectDependencies(MODULES).stream()
          .map(ApplicationModuleDependency::getTargetModule)
          .map(target -> target.getIdentifier().toString())
          .filter(target -> !target.equals(name))
          .filter(target -> order.indexOf(target) > order.indexOf(name))
          .forEach(target -> misplaced.add(name + " before " + target));
    }
    assertThat(misplaced).isEmpty();
  }

  @Test
  void everyMigrationFolderBelongsToAListedModule() throws IOException {
    Set<String> folders = new TreeSet<>();
    for (Resource sql :
        new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql")) {
      String path = sql.getURL().getPath();
      String folder = path.substring(0, path.lastIndexOf('/'));
      folders.add(folder.substring(folder.lastIndexOf('/') + 1));
    }
    assertThat(folders).isNotEmpty().contains(ModuleMigrations.ROOT);
    folders.remove(ModuleMigrations.ROOT);
    assertThat(ModuleMigrations.MODULES).containsAll(folders);
  }

  @Test
  void eachModuleHasItsOwnFolderAndHistoryTable() {
    Flyway base = Flyway.configure().locations("classpath:db/migration").load();

    Flyway root = ModuleMigrations.forModule(base.getConfiguration(), ModuleMigrations.ROOT);
    Flyway helpdesk = ModuleMigrations.forModule(base.getConfiguration(), "helpdesk");

    assertThat(root.getConfiguration().getTable()).isEqualTo("flyway_schema_history");
    assertThat(root.getConfiguration().getLocations())
        .extracting(location -> location.getDescriptor())
        .containsExactly("classpath:db/migration/__root");
    assertThat(helpdesk.getConfiguration().getTable()).isEqualTo("flyway_schema_history_helpdesk");
    assertThat(helpdesk.getConfiguration().getLocations())
        .extracting(location -> location.getDescriptor())
        .containsExactly("classpath:db/migration/helpdesk");
    assertThat(helpdesk.getConfiguration().isBaselineOnMigrate()).isTrue();
  }
}
