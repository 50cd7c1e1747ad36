package io.afterdesk.catalog.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A lot or a serial number of a tracked product; its name is unique per product. Its own aggregate,
 * so its id stays stable while other modules refer to it.
 */
@Table("lot")
public class Lot {

  @Id private @Nullable Long id;
  private long productId;
  private String name;
  private Instant createdAt;

  @PersistenceCreator
  Lot(@Nullable Long id, long productId, String name, Instant createdAt) {
    this.id = id;
    this.productId = productId;
    this.name = name;
    this.createdAt = createdAt;
  }

  static Lot of(long productId, String name, Instant createdAt) {
    return new Lot(null, productId, name, createdAt);
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The lot is not saved yet");
    }
    return id;
  }

  public long productId() {
    return productId;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
