package io.afterdesk.inventory;

import java.math.BigDecimal;

/** A lot or serial with stock at a location, and how much. */
public record LotStock(long lotId, String name, BigDecimal quantity) {}
