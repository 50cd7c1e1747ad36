package io.afterdesk.inventory.domain;

import java.math.BigDecimal;
import java.util.List;

/** The quantity declared done on a move and its lines per lot/serial. */
public record DoneMove(BigDecimal quantity, List<MoveLine> lines) {

  public DoneMove {
    lines = List.copyOf(lines);
  }
}
