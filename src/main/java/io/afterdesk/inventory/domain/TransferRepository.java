package io.afterdesk.inventory.domain;

import org.springframework.data.repository.ListCrudRepository;

/** Transfers with their moves and move lines (one aggregate). */
public interface TransferRepository extends ListCrudRepository<Transfer, Long> {}
