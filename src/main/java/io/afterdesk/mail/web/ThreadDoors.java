package io.afterdesk.mail.web;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.mail.ThreadAccess;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds the {@link ThreadAccess} rule of a document type and applies it: a thread nobody may read
 * (or of a type without a rule) does not exist for the caller; a thread they may read but not write
 * refuses changes.
 */
@Component
class ThreadDoors {

  private final Map<String, ThreadAccess> rules;

  ThreadDoors(List<ThreadAccess> rules) {
    this.rules =
        rules.stream()
            .collect(Collectors.toUnmodifiableMap(ThreadAccess::documentType, Function.identity()));
  }

  /** The document, when the current user may read its thread; 404 otherwise. */
  DocumentRef readable(String type, long id) {
    ThreadAccess rule = rules.get(type);
    if (rule == null || !rule.canRead(id)) {
      throw new NotFoundException("Thread", type + ":" + id);
    }
    return new DocumentRef(type, id);
  }

  /** The document, when the current user may write in its thread; 404 or 403 otherwise. */
  DocumentRef writable(String type, long id) {
    DocumentRef document = readable(type, id);
    if (!canWrite(document)) {
      throw new AccessDeniedException("The thread of " + document + " is read-only for you");
    }
    return document;
  }

  boolean canWrite(DocumentRef document) {
    ThreadAccess rule = rules.get(document.type());
    return rule != null && rule.canWrite(document.id());
  }
}
