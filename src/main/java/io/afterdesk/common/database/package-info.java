/** The embedded PostgreSQL server and the per-module Flyway migrations. */
@NullMarked
package io.afterdesk.common.database;

import org.jspecify.annotations.NullMarked;
