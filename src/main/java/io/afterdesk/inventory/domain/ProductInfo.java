package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.Tracking;

/** What validation needs of a product: its name for messages and its tracking. */
public record ProductInfo(String name, Tracking tracking) {}
