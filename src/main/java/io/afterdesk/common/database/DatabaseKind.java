package io.afterdesk.common.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tells whether the application runs on its own embedded PostgreSQL (the newcomer's default). */
@Component
public class DatabaseKind {

  private final boolean embedded;

  DatabaseKind(ObjectProvider<EmbeddedPostgresServer> server) {
    this.embedded = server.getIfAvailable() != null;
  }

  public boolean isEmbedded() {
    return embedded;
  }
}
