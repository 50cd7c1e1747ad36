package io.afterdesk.helpdesk.web;

import io.afterdesk.common.TextLimits;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.helpdesk.TagView;
import io.afterdesk.helpdesk.Tags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ticket tags over the API: any staff user lists and creates them (names are unique). */
@RestController
@RequestMapping("/api/v1/ticket-tags")
class TagApiController {

  record TagRequest(
      @NotBlank @Size(max = TextLimits.NAME) String name,
      @Nullable @Size(max = TextLimits.NAME) String nameVi) {}

  private final Tags tags;

  TagApiController(Tags tags) {
    this.tags = tags;
  }

  @GetMapping
  PageResponse<TagView> list() {
    List<TagView> all = tags.all();
    return new PageResponse<>(all, 0, Math.max(all.size(), 1), all.size());
  }

  @PostMapping
  ResponseEntity<TagView> create(@Valid @RequestBody TagRequest request) {
    TagView tag = tags.create(request.name(), request.nameVi());
    return ResponseEntity.created(URI.create("/api/v1/ticket-tags/" + tag.id())).body(tag);
  }
}
