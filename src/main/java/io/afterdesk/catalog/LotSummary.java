package io.afterdesk.catalog;

/** A lot or a serial number of a product (a serial stands for exactly one unit). */
public record LotSummary(long id, long productId, String name) {}
