package io.afterdesk.catalog;

/** Goods are stocked and delivered; services are not. */
public enum ProductType {
  GOODS,
  SERVICE
}
