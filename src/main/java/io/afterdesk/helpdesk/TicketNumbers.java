package io.afterdesk.helpdesk;

import io.afterdesk.common.NumberSequences;
import org.springframework.stereotype.Component;

/** Hands out ticket references, {@code #00042}, from one sequence for staff and portal alike. */
@Component
class TicketNumbers {

  static final String SEQUENCE = "helpdesk.ticket";

  private final NumberSequences sequences;

  TicketNumbers(NumberSequences sequences) {
    this.sequences = sequences;
  }

  String next() {
    return "#" + String.format("%05d", sequences.next(SEQUENCE));
  }
}
