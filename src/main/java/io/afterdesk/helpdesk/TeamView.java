package io.afterdesk.helpdesk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A team as pages, the API and other modules see it. */
public record TeamView(
    long id,
    String name,
    List<Long> memberIds,
    AfterSalesSwitches afterSales,
    @Nullable Long fieldServiceProjectId,
    List<StageView> stages) {

  public StageView firstStage() {
    return stages.get(0);
  }
}
