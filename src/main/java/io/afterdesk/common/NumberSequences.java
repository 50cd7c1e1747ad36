package io.afterdesk.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless numbers (ticket references, invoice numbers, transfer numbers). The sequence row is
 * locked by the update until the caller's transaction ends, so a rolled-back document gives its
 * number back and two concurrent callers never get the same one.
 */
@Component
public class NumberSequences {

  private final JdbcClient jdbc;

  NumberSequences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of the named sequence; creates the sequence at 1 on first use. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long next(String sequence) {
    jdbc.sql(
            "insert into number_sequence (name, next_value) values (:name, 1)"
                + " on conflict (name) do nothing")
        .param("name", sequence)
        .update();
    return jdbc.sql(
            "update number_sequence set next_value = next_value + 1 where name = :name"
                + " returning next_value - 1")
        .param("name", sequence)
        .query(Long.class)
        .single();
  }
}
