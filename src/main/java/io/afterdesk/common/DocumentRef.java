package io.afterdesk.common;

import java.util.Objects;

/**
 * An opaque reference to a document of any module, e.g. {@code ("helpdesk.ticket", 42)}. Lower
 * modules store it (as an origin, a thread owner) without knowing the module it points into.
 */
public record DocumentRef(String type, long id) {

  public DocumentRef {
    Objects.requireNonNull(type, "type");
    if (type.isBlank()) {
      throw new IllegalArgumentException("A document type is required");
    }
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
