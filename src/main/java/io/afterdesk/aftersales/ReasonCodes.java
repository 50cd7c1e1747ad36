package io.afterdesk.aftersales;

import io.afterdesk.common.FieldValidationException;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reason codes every after-sales action requires. Everyone reads; admins change (checked by the
 * callers).
 */
@Service
@Transactional
public class ReasonCodes {

  private final JdbcClient jdbc;

  ReasonCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<ReasonCodeView> all() {
    return jdbc.sql("select id, code, name, active from aftersales_reason_code order by sort, id")
        .query(ReasonCodeView.class)
        .list();
  }

  @Transactional(readOnly = true)
  public List<ReasonCodeView> active() {
    return all().stream().filter(ReasonCodeView::active).toList();
  }

  /**
   * Every code (active or not) by its code, for showing the reasons documents were made for; a code
   * no longer listed stands for itself.
   */
  @Transactional(readOnly = true)
  public java.util.function.Function<String, ReasonCodeView> lookup() {
    java.util.Map<String, ReasonCodeView> byCode = new java.util.HashMap<>();
    all().forEach(r -> byCode.put(r.code(), r));
    return code -> byCode.getOrDefault(code, new ReasonCodeView(0, code, code, false));
  }

  /** The active code, or 422 on {@code field} ("Choose a reason code"). */
  @Transactional(readOnly = true)
  public ReasonCodeView requireActive(String code, String field) {
    if (code == null || code.isBlank()) {
      throw FieldValidationException.of(field, "aftersales.reason-code.required");
    }
    return active().stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(() -> FieldValidationException.of(field, "aftersales.reason-code.unknown"));
  }

  /** Adds a code (upper snake case of what is given); 422 when blank or taken. */
  public ReasonCodeView create(String code, String name, boolean active) {
    String normalized =
        code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    if (normalized.isBlank()) {
      throw FieldValidationException.of("code", "aftersales.reason-code.code.required");
    }
    if (name == null || name.isBlank()) {
      throw FieldValidationException.of("name", "aftersales.reason-code.name.required");
    }
    if (all().stream().anyMatch(r -> r.code().equals(normalized))) {
      throw FieldValidationException.of("code", "aftersales.reason-code.code.taken");
    }
    long id =
        jdbc.sql(
                "insert into aftersales_reason_code (code, name, active, sort)"
                    + " values (:code, :name, :active,"
                    + " (select coalesce(max(sort), 0) + 1 from aftersales_reason_code))"
                    + " returning id")
            .param("code", normalized)
            .param("name", name.strip())
            .param("active", active)
            .query(Long.class)
            .single();
    return new ReasonCodeView(id, normalized, name.strip(), active);
  }

  /** Switches a code on or off (off: no longer offered; links keep it). */
  public void setActive(long id, boolean active) {
    jdbc.sql("update aftersales_reason_code set active = :active where id = :id")
        .param("active", active)
        .param("id", id)
        .update();
  }
}
