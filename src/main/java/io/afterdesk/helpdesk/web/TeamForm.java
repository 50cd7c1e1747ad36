package io.afterdesk.helpdesk.web;

import io.afterdesk.common.TextLimits;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The team form of the settings pages (stages are changed by their own small forms). */
record TeamForm(
    @NotBlank @Size(max = TextLimits.NAME) String name,
    @Nullable List<Long> memberIds,
    boolean refunds,
    boolean coupons,
    boolean returns,
    boolean repairs,
    boolean fieldService,
    @Nullable Long fieldServiceProjectId) {

  static TeamForm empty() {
    return new TeamForm("", List.of(), false, false, false, false, false, null);
  }

  static TeamForm of(TeamView team) {
    AfterSalesSwitches s = team.afterSales();
    return new TeamForm(
        team.name(),
        team.memberIds(),
        s.refunds(),
        s.coupons(),
        s.returns(),
        s.repairs(),
        s.fieldService(),
        team.fieldServiceProjectId());
  }

  TeamDraft toDraft() {
    return new TeamDraft(
        name,
        memberIds == null ? List.of() : memberIds,
        new AfterSalesSwitches(refunds, coupons, returns, repairs, fieldService),
        fieldServiceProjectId,
        null);
  }
}
