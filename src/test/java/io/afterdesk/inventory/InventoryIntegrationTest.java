package io.afterdesk.inventory;

import io.afterdesk.support.IntegrationTest;
import org.springframework.context.annotation.Import;

/** Base of the inventory integration tests: one shared context with the inventory test beans. */
@Import({InventoryFixtures.class, TransferEventRecorder.class, ElsewhereDocumentLinks.class})
abstract class InventoryIntegrationTest extends IntegrationTest {}
