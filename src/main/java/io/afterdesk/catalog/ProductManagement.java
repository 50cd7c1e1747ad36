package io.afterdesk.catalog;

import io.afterdesk.catalog.domain.Lot;
import io.afterdesk.catalog.domain.LotRepository;
import io.afterdesk.catalog.domain.Product;
import io.afterdesk.catalog.domain.ProductRepository;
import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import java.time.Clock;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing products and their lots (pages, API and demo data go through here). Who may
 * do it (admins and managers) is checked by the callers.
 */
@Service
@Transactional
public class ProductManagement {

  private final ProductRepository products;
  private final LotRepository lots;
  private final Products reading;
  private final AfterdeskProperties properties;

  private final Clock clock;

  ProductManagement(
      ProductRepository products,
      LotRepository lots,
      Products reading,
      AfterdeskProperties properties,
      Clock clock) {
    this.clock = clock;
    this.products = products;
    this.lots = lots;
    this.reading = reading;
    this.properties = properties;
  }

  /** The currency every price is in. */
  public Currency currency() {
    return Currency.getInstance(properties.currencyCode());
  }

  public ProductSummary create(ProductInput input) {
    Product product = Product.create(input, currency(), clock.instant());
    checkReference(product.reference(), 0);
    return reading.get(save(product).id());
  }

  /** Changes a product; with {@code expectedVersion}, a change made meanwhile is refused. */
  public ProductSummary update(long id, ProductInput input, @Nullable Long expectedVersion) {
    return update(id, input, expectedVersion, null);
  }

  /** Changes a product and, when {@code active} is given, archives or unarchives it too. */
  public ProductSummary update(
      long id, ProductInput input, @Nullable Long expectedVersion, @Nullable Boolean active) {
    Product product = load(id);
    if (expectedVersion != null && !Objects.equals(expectedVersion, product.version())) {
      throw new OptimisticLockingFailureException("Product " + id + " was changed meanwhile");
    }
    product.change(input, lots.existsByProductId(id));
    checkReference(product.reference(), id);
    if (Boolean.TRUE.equals(active)) {
      product.unarchive();
    } else if (Boolean.FALSE.equals(active)) {
      product.archive();
    }
    save(product);
    return reading.get(id);
  }

  public void archive(long id) {
    Product product = load(id);
    product.archive();
    products.save(product);
  }

  public void unarchive(long id) {
    Product product = load(id);
    product.unarchive();
    products.save(product);
  }

  /** Adds a lot or serial number to a tracked product; its name must be new for the product. */
  public LotSummary addLot(long productId, String name) {
    Product product = load(productId);
    Lot lot = product.newLot(name, clock.instant());
    if (lots.existsByProductIdAndName(productId, lot.name())) {
      throw lotTaken(lot.name(), product.name());
    }
    try {
      Lot saved = lots.save(lot);
      return new LotSummary(saved.id(), productId, saved.name());
    } catch (DuplicateKeyException e) {
      throw lotTaken(lot.name(), product.name());
    }
  }

  private static FieldValidationException lotTaken(String lot, String product) {
    return FieldValidationException.of("name", "catalog.lot.name.taken", lot, product);
  }

  private void checkReference(@Nullable String reference, long id) {
    if (reference != null && products.referenceTakenByOther(reference, id)) {
      throw FieldValidationException.of("reference", "catalog.product.reference.taken", reference);
    }
  }

  private Product save(Product product) {
    try {
      return products.save(product);
    } catch (DuplicateKeyException e) {
      throw FieldValidationException.of(
          "reference", "catalog.product.reference.taken", String.valueOf(product.reference()));
    }
  }

  private Product load(long id) {
    return products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
  }
}
