package io.afterdesk.helpdesk.web;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.CustomerPurchases;
import io.afterdesk.sales.SalesOrderRow;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The product, lot/serial and sales order choices of the ticket form (SPEC §2), which follow the
 * customer and the product chosen: the products the customer's commercial entity bought (confirmed
 * orders, done deliveries) first and every other product after them; the lots of the product only
 * when it is tracked; the sales orders of the customer's commercial entity.
 */
@Component
class TicketChoices {

  /** A sales order to choose, by its number. */
  record OrderChoice(long id, String name) {}

  private static final int PRODUCT_LIMIT = 300;

  private final Products products;
  private final Customers customers;
  private final CustomerPurchases purchases;

  TicketChoices(Products products, Customers customers, CustomerPurchases purchases) {
    this.products = products;
    this.customers = customers;
    this.purchases = purchases;
  }

  void addTo(Model model, @Nullable Long customerId, @Nullable Long productId) {
    boolean knownCustomer = customerId != null && customers.find(customerId).isPresent();
    Set<Long> bought = knownCustomer ? purchases.productIdsBoughtBy(customerId) : Set.of();
    List<ProductSummary> all = products.search("", PRODUCT_LIMIT);
    model.addAttribute("hasCustomer", knownCustomer);
    model.addAttribute(
        "customerProducts",
        products.findAll(bought).stream()
            .sorted(java.util.Comparator.comparing(ProductSummary::displayName))
            .toList());
    model.addAttribute(
        "otherProducts", all.stream().filter(p -> !bought.contains(p.id())).toList());
    ProductSummary product = productId == null ? null : products.find(productId).orElse(null);
    boolean tracked = product != null && product.tracking().tracked();
    model.addAttribute("productTracked", tracked);
    model.addAttribute("lots", tracked ? products.lotsOf(product.id()) : List.<LotSummary>of());
    List<SalesOrderRow> orders =
        knownCustomer ? purchases.ofCommercialEntityOf(customerId) : List.of();
    model.addAttribute(
        "salesOrders", orders.stream().map(o -> new OrderChoice(o.id(), o.number())).toList());
  }
}
