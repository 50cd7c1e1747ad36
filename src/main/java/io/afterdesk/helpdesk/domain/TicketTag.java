package io.afterdesk.helpdesk.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A tag put on a ticket. */
@Table("helpdesk_ticket_tag")
public record TicketTag(long tagId) {}
