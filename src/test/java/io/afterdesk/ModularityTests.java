package io.afterdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure of DESIGN.md holds: no cycles, no access to another module's insides. */
class ModularityTests {

  /** DESIGN.md's "Modules" table; the web shell sits on top of everything. */
  private static final Map<String, Integer> LAYERS =
      Map.ofEntries(
          Map.entry("common", 0),
          Map.entry("identity", 1),
          Map.entry("partner", 1),
          Map.entry("catalog", 1),
          Map.entry("mail", 1),
          Map.entry("invoicing", 2),
          Map.entry("inventory", 2),
          Map.entry("loyalty", 3),
          Map.entry("sales", 4),
          Map.entry("repair", 5),
          Map.entry("fieldservice", 5),
          Map.entry("helpdesk", 6),
          Map.entry("aftersales", 7),
          Map.entry("portal", 8),
          Map.entry("web", 9));

  /**
   * Arrows between modules of one layer that the code has and the table does not allow. Listed so
   * that they stay visible and no new one slips in; each is to be removed, never added to.
   */
  private static final Set<String> KNOWN_SIDEWAYS =
      Set.of("catalog -> identity", "mail -> identity", "mail -> partner", "partner -> identity");

  private final ApplicationModules modules = ApplicationModules.of(Afterdesk.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void everyModuleHasALayerInTheDesign() {
    assertThat(modules.stream().map(this::name))
        .allSatisfy(name -> assertThat(LAYERS).containsKey(name));
  }

  @Test
  void dependenciesPointDownTheLayers() {
    List<String> notDown = new ArrayList<>();
    for (ApplicationModule module : modules) {
      module
          .getDirectDependencies(modules)
          .uniqueModules()
          .filter(target -> layerOf(target) >= layerOf(module))
          .map(target -> name(module) + " -> " + name(target))
          .forEach(notDown::add);
    }
    assertThat(notDown).containsExactlyInAnyOrderElementsOf(KNOWN_SIDEWAYS);
  }

  @Test
  void writesTheModuleDocumentation() {
    // Diagrams of the whole system and of each module, in target/spring-modulith-docs. (Module
    // canvases are left out: Modulith 2.0.3 cannot parse Javadoc that contains double quotes.)
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }

  private int layerOf(ApplicationModule module) {
    return LAYERS.getOrDefault(name(module), -1);
  }

  private String name(ApplicationModule module) {
    return module.getIdentifier().toString();
  }
}
