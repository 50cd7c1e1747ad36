package io.afterdesk.invoicing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The register-payment dialog: journal, amount (defaults to the residual) and date. */
record PaymentForm(
    @NotNull @Nullable Long journalId,
    @NotBlank @Nullable String amount,
    @NotNull @Nullable LocalDate date) {}
