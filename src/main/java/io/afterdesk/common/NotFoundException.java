package io.afterdesk.common;

/**
 * Thrown when a record does not exist or is not visible to the caller: both answer 404 so that ids
 * of other teams or customers leak nothing.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
