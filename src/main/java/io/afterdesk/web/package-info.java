/**
 * The application shell: security chains for staff, portal customers and the API, the page layout,
 * sign-in pages, languages, demo data start-up and the start-up banner.
 */
@ApplicationModule(
    displayName = "Web shell",
    allowedDependencies = {"common", "identity", "partner"})
@NullMarked
package io.afterdesk.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
