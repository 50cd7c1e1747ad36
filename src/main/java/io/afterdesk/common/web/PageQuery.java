package io.afterdesk.common.web;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The paging, sorting and search parameters of a list ({@code ?page=0&size=50&sort=field,desc&q=}).
 * Sorting is only ever by a column the caller allowed, so no request text reaches SQL.
 */
public record PageQuery(int page, int size, @Nullable String sort, @Nullable String q) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public PageQuery {
    page = Math.max(page, 0);
    size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    q = q == null || q.isBlank() ? null : q.trim();
  }

  public static PageQuery of(
      @Nullable Integer page, @Nullable Integer size, @Nullable String sort, @Nullable String q) {
    return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort, q);
  }

  public int offset() {
    return page * size;
  }

  /** A {@code LIKE} pattern for the search text, or null when there is none. */
  public @Nullable String likePattern() {
    if (q == null) {
      return null;
    }
    String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped.toLowerCase(Locale.ROOT) + "%";
  }

  /**
   * An {@code ORDER BY} clause from the requested sort, restricted to {@code allowed} (field name
   * to SQL column), falling back to {@code fallback}.
   */
  public String orderBy(Map<String, String> allowed, String fallback) {
    if (sort == null || sort.isBlank()) {
      return fallback;
    }
    String[] parts = sort.split(",");
    String column = allowed.get(parts[0].trim());
    if (column == null) {
      return fallback;
    }
    boolean descending = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
    return column + (descending ? " desc" : " asc") + ", " + fallback;
  }
}
