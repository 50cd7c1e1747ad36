package io.afterdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure of DESIGN.md holds: no cycles, no access to another module's insides. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(Afterdesk.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    // Diagrams of the whole system and of each module, in target/spring-modulith-docs. (Module
    // canvases are left out: Modulith 2.0.3 cannot parse Javadoc that contains double quotes.)
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
