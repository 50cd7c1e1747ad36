package io.afterdesk.aftersales;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.LocalizedNames;
import io.afterdesk.common.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reason codes every after-sales action requires. Everyone reads; admins change (checked by the
 * callers). A code is unique, and so is a name in each language regardless of case (unique indexes
 * back the checks made here, so two admins at once get the same field error).
 */
@Service
@Transactional
public class ReasonCodes {

  private static final String COLUMNS = "id, code, name, name_vi, active";

  private final JdbcClient jdbc;

  ReasonCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<ReasonCodeView> all() {
    return jdbc.sql("select " + COLUMNS + " from aftersales_reason_code order by sort, id")
        .query(ReasonCodeView.class)
        .list();
  }

  @Transactional(readOnly = true)
  public List<ReasonCodeView> active() {
    return all().stream().filter(ReasonCodeView::active).toList();
  }

  @Transactional(readOnly = true)
  public ReasonCodeView get(long id) {
    return all().stream()
        .filter(r -> r.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Reason code", id));
  }

  /**
   * Every code (active or not) by its code, for showing the reasons documents were made for; a code
   * no longer listed stands for itself.
   */
  @Transactional(readOnly = true)
  public java.util.function.Function<String, ReasonCodeView> lookup() {
    java.util.Map<String, ReasonCodeView> byCode = new java.util.HashMap<>();
    all().forEach(r -> byCode.put(r.code(), r));
    return code -> byCode.getOrDefault(code, new ReasonCodeView(0, code, code, null, false));
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

  /**
   * Adds a code (upper snake case of what is given) with its English name and, optionally, its
   * Vietnamese name; 422 when the code or the name is blank or already taken.
   */
  public ReasonCodeView create(String code, String name, @Nullable String nameVi, boolean active) {
    String normalized =
        code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    if (normalized.isBlank()) {
      throw FieldValidationException.of("code", "aftersales.reason-code.code.required");
    }
    String english = requireName(name);
    String vietnamese = LocalizedNames.optional(nameVi);
    String wanted = normalized;
    if (all().stream().anyMatch(r -> r.code().equals(wanted))) {
      throw FieldValidationException.of("code", "aftersales.reason-code.code.taken");
    }
    refuseTakenNames(null, english, vietnamese);
    long id =
        writeOrRefuse(
            english,
            vietnamese,
            () ->
                jdbc.sql(
                        "insert into aftersales_reason_code (code, name, name_vi, active, sort)"
                            + " values (:code, :name, :nameVi, :active,"
                            + " (select coalesce(max(sort), 0) + 1 from aftersales_reason_code))"
                            + " returning id")
                    .param("code", wanted)
                    .param("name", english)
                    .param("nameVi", vietnamese)
                    .param("active", active)
                    .query(Long.class)
                    .single());
    return new ReasonCodeView(id, wanted, english, vietnamese, active);
  }

  /** Renames a code in both languages (the code itself stays: links keep it); 422 as create. */
  public ReasonCodeView rename(long id, String name, @Nullable String nameVi) {
    get(id);
    String english = requireName(name);
    String vietnamese = LocalizedNames.optional(nameVi);
    refuseTakenNames(id, english, vietnamese);
    writeOrRefuse(
        english,
        vietnamese,
        () ->
            jdbc.sql(
                    "update aftersales_reason_code set name = :name, name_vi = :nameVi"
                        + " where id = :id")
                .param("name", english)
                .param("nameVi", vietnamese)
                .param("id", id)
                .update());
    return get(id);
  }

  /** Switches a code on or off (off: no longer offered; links keep it). */
  public void setActive(long id, boolean active) {
    jdbc.sql("update aftersales_reason_code set active = :active where id = :id")
        .param("active", active)
        .param("id", id)
        .update();
  }

  private static String requireName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      throw FieldValidationException.of("name", "aftersales.reason-code.name.required");
    }
    return name.strip();
  }

  private void refuseTakenNames(@Nullable Long id, String english, @Nullable String vietnamese) {
    for (ReasonCodeView other : all()) {
      if (Objects.equals(other.id(), id)) {
        continue;
      }
      if (other.name().equalsIgnoreCase(english)) {
        throw FieldValidationException.of("name", "aftersales.reason-code.name.taken", english);
      }
      if (vietnamese != null
          && other.nameVi() != null
          && other.nameVi().equalsIgnoreCase(vietnamese)) {
        throw FieldValidationException.of(
            "nameVi", "aftersales.reason-code.name-vi.taken", vietnamese);
      }
    }
  }

  /** Runs a write; a unique index that refused it (another admin came first) is a field error. */
  private long writeOrRefuse(String english, @Nullable String vietnamese, LongSupplier write) {
    try {
      return write.getAsLong();
    } catch (DuplicateKeyException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("aftersales_reason_code_name_vi")) {
        throw FieldValidationException.of(
            "nameVi", "aftersales.reason-code.name-vi.taken", vietnamese);
      }
      if (message.contains("aftersales_reason_code_name")) {
        throw FieldValidationException.of("name", "aftersales.reason-code.name.taken", english);
      }
      throw FieldValidationException.of("code", "aftersales.reason-code.code.taken");
    }
  }
}
