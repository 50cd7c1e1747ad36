/** Product and lot pages and their JSON API; internal to the catalog module. */
@NullMarked
package io.afterdesk.catalog.web;

import org.jspecify.annotations.NullMarked;
