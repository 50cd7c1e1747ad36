package io.afterdesk.inventory.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A quantity of a move done for one lot/serial (no lot for untracked products). */
@Table("stock_move_line")
public record MoveLine(@Nullable Long lotId, BigDecimal quantity) {}
