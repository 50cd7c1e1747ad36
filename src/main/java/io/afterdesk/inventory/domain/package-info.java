/** The transfer aggregate with its moves and lots, the stock ledger and return planning. */
@NullMarked
package io.afterdesk.inventory.domain;

import org.jspecify.annotations.NullMarked;
