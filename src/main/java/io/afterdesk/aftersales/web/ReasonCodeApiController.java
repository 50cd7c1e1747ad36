package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.ReasonCodeView;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.common.TextLimits;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reason codes: every staff member reads, admins add and change. {@code name} is the English
 * name, {@code nameVi} the Vietnamese one (optional; absent or blank: the English name is shown).
 */
@RestController
@RequestMapping("/api/v1/reason-codes")
class ReasonCodeApiController {

  record ReasonCodeRequest(
      @NotBlank(message = "{aftersales.reason-code.code.required}") @Size(max = TextLimits.CODE)
          String code,
      @NotBlank(message = "{aftersales.reason-code.name.required}") @Size(max = TextLimits.NAME)
          String name,
      @Nullable @Size(max = TextLimits.NAME) String nameVi,
      @Nullable Boolean active) {}

  /** A change: absent fields stay as they are; {@code "nameVi": ""} removes the Vietnamese name. */
  record ReasonCodePatch(
      @Nullable @Size(max = TextLimits.NAME) String name,
      @Nullable @Size(max = TextLimits.NAME) String nameVi,
      @Nullable Boolean active) {}

  private final ReasonCodes reasonCodes;
  private final CurrentUser currentUser;

  ReasonCodeApiController(ReasonCodes reasonCodes, CurrentUser currentUser) {
    this.reasonCodes = reasonCodes;
    this.currentUser = currentUser;
  }

  @GetMapping
  PageResponse<ReasonCodeView> list() {
    List<ReasonCodeView> all = reasonCodes.all();
    return new PageResponse<>(all, 0, Math.max(all.size(), 1), all.size());
  }

  @GetMapping("/{id}")
  ReasonCodeView get(@PathVariable long id) {
    return reasonCodes.get(id);
  }

  @PostMapping
  ResponseEntity<ReasonCodeView> create(@Valid @RequestBody ReasonCodeRequest request) {
    requireAdmin();
    ReasonCodeView created =
        reasonCodes.create(
            request.code(),
            request.name(),
            request.nameVi(),
            request.active() == null || request.active());
    return ResponseEntity.created(URI.create("/api/v1/reason-codes/" + created.id())).body(created);
  }

  @PatchMapping("/{id}")
  ReasonCodeView update(@PathVariable long id, @RequestBody ReasonCodePatch patch) {
    requireAdmin();
    ReasonCodeView current = reasonCodes.get(id);
    if (patch.name() != null || patch.nameVi() != null) {
      reasonCodes.rename(
          id,
          patch.name() == null ? current.name() : patch.name(),
          patch.nameVi() == null ? current.nameVi() : patch.nameVi());
    }
    if (patch.active() != null) {
      reasonCodes.setActive(id, patch.active());
    }
    return reasonCodes.get(id);
  }

  private void requireAdmin() {
    if (!currentUser.isAdmin()) {
      throw new AccessDeniedException("Only admins keep the reason codes");
    }
  }
}
