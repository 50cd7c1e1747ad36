package io.afterdesk.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.TransitionRefused;
import io.afterdesk.inventory.TransferState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of states: the transition table of a transfer, exhaustively. */
class TransferStateTests {

  private static final Map<TransferState, Set<TransferState>> ALLOWED =
      Map.of(
          TransferState.DRAFT, EnumSet.of(TransferState.READY, TransferState.CANCELLED),
          TransferState.READY, EnumSet.of(TransferState.DONE, TransferState.CANCELLED),
          TransferState.DONE, EnumSet.noneOf(TransferState.class),
          TransferState.CANCELLED, EnumSet.noneOf(TransferState.class));

  static Stream<Arguments> everyPair() {
    return Stream.of(TransferState.values())
        .flatMap(from -> Stream.of(TransferState.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("everyPair")
  void theTableAllowsExactlyTheDocumentedTransitions(TransferState from, TransferState to) {
    assertThat(from.canBecome(to)).isEqualTo(ALLOWED.get(from).contains(to));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("everyPair")
  void theAggregateFollowsTheTableAndNamesBothStatesWhenRefusing(
      TransferState from, TransferState to) {
    Transfer transfer = TransferFixtures.inState(from);
    Runnable action =
        switch (to) {
          case DRAFT -> null;
          case READY -> transfer::confirm;
          case CANCELLED -> transfer::cancel;
          case DONE ->
              () ->
                  transfer.validate(
                      Map.of(
                          1L,
                          new DoneMove(
                              BigDecimal.ONE, List.of(new MoveLine(null, BigDecimal.ONE)))),
                      id -> new ProductInfo("Cable", Tracking.NONE),
                      Instant.now());
        };
    if (action == null) {
      // No intention method leads back to draft: nothing to call.
      assertThat(from.canBecome(to)).isFalse();
      return;
    }
    if (ALLOWED.get(from).contains(to)) {
      action.run();
      assertThat(transfer.state()).isEqualTo(to);
    } else {
      assertThatThrownBy(action::run)
          .isInstanceOfSatisfying(
              TransitionRefused.class,
              e -> {
                assertThat(e.from()).isEqualTo(from);
                assertThat(e.to()).isEqualTo(to);
                assertThat(e.arguments()).contains(from.name(), to.name());
              });
      assertThat(transfer.state()).isEqualTo(from);
    }
  }

  @ParameterizedTest
  @MethodSource("finalStates")
  void finalStatesHaveNoWayOut(TransferState state) {
    assertThat(state.isFinal()).isTrue();
  }

  static Stream<TransferState> finalStates() {
    return Stream.of(TransferState.DONE, TransferState.CANCELLED);
  }
}
