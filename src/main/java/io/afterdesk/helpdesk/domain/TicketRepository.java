package io.afterdesk.helpdesk.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TicketRepository extends ListCrudRepository<Ticket, Long> {

  @Query("select count(*) from helpdesk_ticket where stage_id = :stageId")
  long countByStageId(long stageId);
}
