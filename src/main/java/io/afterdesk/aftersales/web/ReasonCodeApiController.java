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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reason codes: every staff member reads, admins add. */
@RestController
@RequestMapping("/api/v1/reason-codes")
class ReasonCodeApiController {

  record ReasonCodeRequest(
      @NotBlank @Size(max = TextLimits.CODE) String code,
      @NotBlank @Size(max = TextLimits.NAME) String name,
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

  @PostMapping
  ResponseEntity<ReasonCodeView> create(@Valid @RequestBody ReasonCodeRequest request) {
    if (!currentUser.isAdmin()) {
      throw new AccessDeniedException("Only admins keep the reason codes");
    }
    ReasonCodeView created =
        reasonCodes.create(
            request.code(), request.name(), request.active() == null || request.active());
    return ResponseEntity.created(URI.create("/api/v1/reason-codes/" + created.id())).body(created);
  }
}
