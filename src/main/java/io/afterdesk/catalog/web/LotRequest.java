package io.afterdesk.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new lot or serial number (API body and dialog form). */
record LotRequest(@NotBlank @Size(max = 100) @Nullable String name) {}
