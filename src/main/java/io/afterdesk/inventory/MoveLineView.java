package io.afterdesk.inventory;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What was done of a move for one lot or serial ({@code lotId} null for untracked products). */
public record MoveLineView(@Nullable Long lotId, BigDecimal quantity) {}
