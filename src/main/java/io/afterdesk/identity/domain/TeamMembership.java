package io.afterdesk.identity.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A user's membership of a helpdesk team; the team itself belongs to the helpdesk module. */
@Table("staff_user_team")
public record TeamMembership(long teamId) {}
