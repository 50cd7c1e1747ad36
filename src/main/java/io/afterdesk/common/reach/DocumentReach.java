package io.afterdesk.common.reach;

/**
 * Which ERP documents the current caller may read. The modules that own documents (partner, sales,
 * invoicing, inventory) ask it for their lists, pages and threads; it is answered by the module
 * that knows tickets and what they reach (after-sales), so no lower module knows tickets. An agent
 * reaches the commercial entities of the customers of their teams' tickets and the documents made
 * from those tickets; managers, admins and the system (no signed-in user) reach everything.
 */
public interface DocumentReach {

  Reach current();
}
