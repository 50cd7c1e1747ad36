package io.afterdesk.helpdesk.web;

import io.afterdesk.common.web.PageResponse;
import io.afterdesk.common.web.PatchFields;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.web.TeamJsons.StageJson;
import io.afterdesk.helpdesk.web.TeamJsons.TeamJson;
import io.afterdesk.helpdesk.web.TeamJsons.TeamRequest;
import io.afterdesk.identity.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Teams over the API: everyone reads, admins create and change. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamApiController {

  /** A stage: {@code name} in English, {@code nameVi} in Vietnamese (absent: none). */
  private final Teams teams;

  private final CurrentUser currentUser;

  TeamApiController(Teams teams, CurrentUser currentUser) {
    this.teams = teams;
    this.currentUser = currentUser;
  }

  @GetMapping
  PageResponse<TeamJson> list() {
    List<TeamJson> all = teams.all().stream().map(TeamJson::of).toList();
    return new PageResponse<>(all, 0, Math.max(all.size(), 1), all.size());
  }

  @GetMapping("/{id}")
  TeamJson get(@PathVariable long id) {
    return TeamJson.of(teams.get(id));
  }

  @PostMapping
  ResponseEntity<TeamJson> create(@Valid @RequestBody TeamRequest request) {
    requireAdmin();
    TeamView team =
        teams.create(
            new TeamDraft(
                request.name(),
                request.memberIds() == null ? List.of() : request.memberIds(),
                request.afterSales() == null
                    ? AfterSalesSwitches.none()
                    : request.afterSales().toSwitches(),
                request.fieldServiceProjectId(),
                request.stages() == null
                    ? null
                    : stageDrafts(
                        request.stages().stream()
                            .map(
                                s ->
                                    new StageJson(
                                        s.id(),
                                        s.name(),
                                        s.nameVi(),
                                        s.sequence() == null ? 0 : s.sequence(),
                                        Boolean.TRUE.equals(s.closing())))
                            .toList())));
    return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(TeamJson.of(team));
  }

  @PatchMapping("/{id}")
  TeamJson update(@PathVariable long id, @RequestBody JsonNode body) {
    requireAdmin();
    TeamView current = teams.get(id);
    PatchFields patch = PatchFields.of(body);
    JsonNode switches = patch.node("afterSales");
    AfterSalesSwitches was = current.afterSales();
    AfterSalesSwitches afterSales =
        new AfterSalesSwitches(
            patch.bool(switches, "refunds", was.refunds()),
            patch.bool(switches, "coupons", was.coupons()),
            patch.bool(switches, "returns", was.returns()),
            patch.bool(switches, "repairs", was.repairs()),
            patch.bool(switches, "fieldService", was.fieldService()));
    List<TeamDraft.StageDraft> stages = null;
    if (patch.has("stages")) {
      stages = new ArrayList<>();
      JsonNode list = patch.node("stages");
      if (list == null || !list.isArray()) {
        throw io.afterdesk.common.FieldValidationException.of(
            "stages", "helpdesk.api.list-expected");
      }
      List<StageJson> given = new ArrayList<>();
      for (JsonNode stage : list) {
        PatchFields one = PatchFields.of(stage);
        given.add(
            new StageJson(
                one.optionalLong("id", null),
                one.text("name", ""),
                one.has("nameVi")
                    ? java.util.Objects.requireNonNullElse(one.optionalText("nameVi", null), "")
                    : null,
                one.integer("sequence", given.size() + 1),
                one.bool(stage, "closing", false)));
      }
      stages = stageDrafts(given);
    }
    return TeamJson.of(
        teams.update(
            id,
            new TeamDraft(
                patch.text("name", current.name()),
                patch.longs("memberIds", current.memberIds()),
                afterSales,
                patch.optionalLong("fieldServiceProjectId", current.fieldServiceProjectId()),
                stages)));
  }

  private static List<TeamDraft.StageDraft> stageDrafts(List<StageJson> stages) {
    return stages.stream()
        .sorted(java.util.Comparator.comparingInt(StageJson::sequence))
        .map(
            stage ->
                new TeamDraft.StageDraft(stage.id(), stage.name(), stage.nameVi(), stage.closing()))
        .toList();
  }

  private void requireAdmin() {
    if (!currentUser.isAdmin()) {
      throw new AccessDeniedException("Only administrators configure teams");
    }
  }
}
