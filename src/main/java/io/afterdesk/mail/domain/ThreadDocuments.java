package io.afterdesk.mail.domain;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.mail.ThreadAccess;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What the owning module says about a document for emails: its title and its links. */
@Component
public class ThreadDocuments {

  private final ObjectProvider<ThreadAccess> provider;
  private volatile @Nullable Map<String, ThreadAccess> rules;

  /** Looked up lazily: the modules' rules depend on services that post on threads. */
  ThreadDocuments(ObjectProvider<ThreadAccess> provider) {
    this.provider = provider;
  }

  private @Nullable ThreadAccess rule(String type) {
    Map<String, ThreadAccess> found = rules;
    if (found == null) {
      found =
          provider
              .orderedStream()
              .collect(
                  Collectors.toUnmodifiableMap(ThreadAccess::documentType, Function.identity()));
      rules = found;
    }
    return found.get(type);
  }

  public String title(DocumentRef document) {
    ThreadAccess rule = rule(document.type());
    return rule == null ? document.type() + " " + document.id() : rule.title(document.id());
  }

  public Optional<String> staffUrl(DocumentRef document) {
    ThreadAccess rule = rule(document.type());
    return rule == null ? Optional.empty() : rule.staffUrl(document.id());
  }

  public Optional<String> customerUrl(DocumentRef document) {
    ThreadAccess rule = rule(document.type());
    return rule == null ? Optional.empty() : rule.customerUrl(document.id());
  }
}
