package io.afterdesk.common.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the shape every list of the API answers with. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

  public <R> PageResponse<R> map(Function<T, R> mapper) {
    return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
  }

  public int pageCount() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < pageCount();
  }
}
