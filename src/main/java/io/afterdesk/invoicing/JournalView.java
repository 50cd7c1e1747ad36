package io.afterdesk.invoicing;

/** A journal: {@code INV} (Customer Invoices), {@code BNK1}, {@code CSH1}, {@code MISC}. */
public record JournalView(long id, String code, String name, JournalType type, boolean active) {}
