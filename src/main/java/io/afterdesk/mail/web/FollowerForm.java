package io.afterdesk.mail.web;

import org.jspecify.annotations.Nullable;

/** Who to add as a follower: a customer contact or a staff user (exactly one of them). */
record FollowerForm(@Nullable Long customerId, @Nullable Long userId) {}
