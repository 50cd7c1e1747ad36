package io.afterdesk.inventory.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A lot/serial planned for a move before it is done. */
@Table("stock_move_planned_lot")
public record PlannedLot(long lotId) {}
