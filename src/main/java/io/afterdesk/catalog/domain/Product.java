package io.afterdesk.catalog.domain;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A product: goods or a service, tracked by lot, by serial number or not at all. Services are never
 * tracked; the tracking of a product cannot change once it has lots, and only tracked products get
 * lots. Prices are in one currency, the company's.
 */
@Table("product")
public class Product {

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;
  private String name;
  private @Nullable String reference;
  private ProductType type;
  private Tracking tracking;
  private BigDecimal salesPrice;
  private BigDecimal cost;
  private String currency;
  private BigDecimal taxRate;
  private boolean saleOk;
  private boolean active;
  private @Nullable String description;
  private Instant createdAt;

  @PersistenceCreator
  Product(
      @Nullable Long id,
      @Nullable Long version,
      String name,
      @Nullable String reference,
      ProductType type,
      Tracking tracking,
      BigDecimal salesPrice,
      BigDecimal cost,
      String currency,
      BigDecimal taxRate,
      boolean saleOk,
      boolean active,
      @Nullable String description,
      Instant createdAt) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.reference = reference;
    this.type = type;
    this.tracking = tracking;
    this.salesPrice = salesPrice;
    this.cost = cost;
    this.currency = currency.trim();
    this.taxRate = taxRate;
    this.saleOk = saleOk;
    this.active = active;
    this.description = description;
    this.createdAt = createdAt;
  }

  /** A new product priced in {@code currency} (the company currency). */
  public static Product create(ProductInput input, Currency currency, Instant createdAt) {
    Product product =
        new Product(
            null,
            null,
            "",
            null,
            ProductType.GOODS,
            Tracking.NONE,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            currency.getCurrencyCode(),
            BigDecimal.ZERO,
            true,
            true,
            null,
            createdAt);
    product.apply(input, false);
    return product;
  }

  /** Changes the product; {@code hasLots} says whether lots or serials of it exist. */
  public void change(ProductInput input, boolean hasLots) {
    apply(input, hasLots);
  }

  private void apply(ProductInput input, boolean hasLots) {
    ProductRules.requireValid(input);
    String newName = trimmed(input.name());
    if (hasLots && input.tracking() != tracking) {
      throw new BusinessRuleException("catalog.product.tracking-locked", name);
    }
    this.name = Objects.requireNonNull(newName);
    this.reference = trimmed(input.reference());
    this.type = input.type();
    this.tracking = input.tracking();
    this.salesPrice = input.salesPrice();
    this.cost = input.cost();
    this.taxRate = input.taxRate();
    this.saleOk = input.saleOk();
    this.description = trimmed(input.description());
  }

  /** A new lot or serial number of this product; the caller checks the name is not taken. */
  public Lot newLot(String lotName, Instant createdAt) {
    if (!tracking.tracked()) {
      throw new BusinessRuleException("catalog.lot.product-untracked", name);
    }
    String trimmed = trimmed(lotName);
    if (trimmed == null) {
      throw FieldValidationException.of("name", "catalog.lot.name.required");
    }
    return Lot.of(id(), trimmed, createdAt);
  }

  public void archive() {
    this.active = false;
  }

  public void unarchive() {
    this.active = true;
  }

  private static @Nullable String trimmed(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The product is not saved yet");
    }
    return id;
  }

  /** For tests of unsaved products: gives the product the id the database would. */
  Product withId(long id) {
    this.id = id;
    return this;
  }

  public @Nullable Long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public @Nullable String reference() {
    return reference;
  }

  public ProductType type() {
    return type;
  }

  public Tracking tracking() {
    return tracking;
  }

  public Money salesPrice() {
    return new Money(salesPrice, Currency.getInstance(currency));
  }

  public Money cost() {
    return new Money(cost, Currency.getInstance(currency));
  }

  public BigDecimal taxRate() {
    return taxRate;
  }

  public boolean saleOk() {
    return saleOk;
  }

  public boolean active() {
    return active;
  }

  public @Nullable String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
