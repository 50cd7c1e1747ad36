package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Transfers without a database, brought to a state through their real transitions. */
final class TransferFixtures {

  private TransferFixtures() {}

  /** A delivery with one move (id 1) of 5 units of product 10, in the given state. */
  static Transfer inState(TransferState state) {
    return inState(state, new BigDecimal("5"));
  }

  static Transfer inState(TransferState state, BigDecimal... quantities) {
    List<Move> moves =
        java.util.stream.IntStream.range(0, quantities.length)
            .mapToObj(i -> Move.planned(10L + i, quantities[i], 100L + i, null))
            .toList();
    for (int i = 0; i < moves.size(); i++) {
      moves.get(i).assignId(i + 1);
    }
    Transfer transfer =
        Transfer.draft(
            "WH/OUT/00001",
            new TransferHeader(
                TransferKind.DELIVERY, 7L, 8L, "S00008", null, 1L, 2L, LocalDate.now(), null),
            moves,
            null,
            Instant.now());
    switch (state) {
      case DRAFT -> {}
      case READY -> transfer.confirm();
      case CANCELLED -> transfer.cancel();
      case DONE -> {
        transfer.confirm();
        transfer.validate(
            Map.of(1L, new DoneMove(BigDecimal.ONE, List.of(new MoveLine(null, BigDecimal.ONE)))),
            id -> new ProductInfo("Cable", Tracking.NONE),
            Instant.now());
      }
    }
    return transfer;
  }
}
