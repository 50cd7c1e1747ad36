package io.afterdesk.helpdesk;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.TextLimits;
import io.afterdesk.helpdesk.domain.Tag;
import io.afterdesk.helpdesk.domain.TagRepository;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ticket tags; a name is unique regardless of case ("Tag name already exists!"). */
@Service
@Transactional
public class Tags {

  private final TagRepository tags;

  Tags(TagRepository tags) {
    this.tags = tags;
  }

  @Transactional(readOnly = true)
  public List<TagView> all() {
    return tags.findAll().stream()
        .map(TicketViews::tagView)
        .sorted(Comparator.comparing(TagView::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public TagView create(String name) {
    return create(name, null);
  }

  /** Adds a tag with its English and (optional) Vietnamese name; 422 when blank or taken. */
  public TagView create(String name, @Nullable String nameVi) {
    if (name == null || name.isBlank()) {
      throw FieldValidationException.of("name", "helpdesk.tag.name-required");
    }
    TextLimits.atMost(name.strip(), TextLimits.NAME, "name");
    if (tags.existsByNameIgnoringCase(name.strip())) {
      throw FieldValidationException.of("name", "helpdesk.tag.name-taken");
    }
    try {
      return TicketViews.tagView(tags.save(Tag.named(name, nameVi)));
    } catch (DuplicateKeyException e) {
      throw FieldValidationException.of("name", "helpdesk.tag.name-taken");
    }
  }
}
