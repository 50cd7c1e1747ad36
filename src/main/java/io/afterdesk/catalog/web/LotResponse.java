package io.afterdesk.catalog.web;

import io.afterdesk.catalog.LotSummary;

/** A lot or serial number as the API answers it. */
record LotResponse(long id, long productId, String name) {

  static LotResponse of(LotSummary lot) {
    return new LotResponse(lot.id(), lot.productId(), lot.name());
  }
}
