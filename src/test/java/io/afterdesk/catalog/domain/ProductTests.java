package io.afterdesk.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The rules a product guards: services untracked, tracking locked by lots, lots only if tracked.
 */
class ProductTests {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant CREATED = Instant.parse("2026-01-15T09:00:00Z");

  @Test
  void aServiceIsNeverTracked() {
    ProductInput trackedService =
        new ProductInput(
            "Repair",
            null,
            ProductType.SERVICE,
            Tracking.SERIAL,
            BigDecimal.ONE,
            BigDecimal.ONE,
            BigDecimal.TEN,
            true,
            null);

    assertThatThrownBy(() -> Product.create(trackedService, USD, CREATED))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("tracking"));
  }

  @Test
  void theTrackingCannotChangeOnceLotsExist() {
    Product paste = lotTracked();

    assertThatThrownBy(
            () ->
                paste.change(
                    ProductInput.goods("Paste", "P", Tracking.SERIAL, "8.50", "2.00"), true))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(paste.tracking()).isEqualTo(Tracking.LOT);
  }

  @Test
  void theTrackingMayChangeWhileThereAreNoLots() {
    Product paste = lotTracked();

    paste.change(ProductInput.goods("Paste", "P", Tracking.SERIAL, "8.50", "2.00"), false);

    assertThat(paste.tracking()).isEqualTo(Tracking.SERIAL);
  }

  @Test
  void otherFieldsMayChangeWhenLotsExist() {
    Product paste = lotTracked();

    paste.change(ProductInput.goods("Paste XL", "P", Tracking.LOT, "9.00", "2.00"), true);

    assertThat(paste.name()).isEqualTo("Paste XL");
    assertThat(paste.salesPrice()).isEqualTo(Money.of("9.00", "USD"));
  }

  @Test
  void aTrackedProductGetsLots() {
    Lot lot = lotTracked().newLot(" LOT-1 ", CREATED);

    assertThat(lot.productId()).isEqualTo(7);
    assertThat(lot.name()).isEqualTo("LOT-1");
  }

  @Test
  void anUntrackedProductGetsNoLots() {
    Product cable =
        Product.create(
                ProductInput.goods("Cable", "C", Tracking.NONE, "9.90", "3.00"), USD, CREATED)
            .withId(8);

    assertThatThrownBy(() -> cable.newLot("LOT-1", CREATED))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void theTaxRateIsAPercentage() {
    ProductInput tooMuchTax =
        new ProductInput(
            "Cable",
            null,
            ProductType.GOODS,
            Tracking.NONE,
            BigDecimal.ONE,
            BigDecimal.ONE,
            new BigDecimal("100.5"),
            true,
            null);

    assertThatThrownBy(() -> Product.create(tooMuchTax, USD, CREATED))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("taxRate"));
  }

  @Test
  void pricesAreNotNegativeAndInTheCompanyCurrency() {
    assertThatThrownBy(
            () ->
                Product.create(
                    ProductInput.goods("Cable", "C", Tracking.NONE, "-1", "0"), USD, CREATED))
        .isInstanceOf(FieldValidationException.class);
    Product cable =
        Product.create(
            ProductInput.goods("Cable", "C", Tracking.NONE, "9.90", "3.00"), USD, CREATED);
    assertThat(cable.cost()).isEqualTo(Money.of("3.00", "USD"));
  }

  private static Product lotTracked() {
    return Product.create(
            ProductInput.goods("Paste", "P", Tracking.LOT, "8.50", "2.00"), USD, CREATED)
        .withId(7);
  }
}
