package io.afterdesk.identity;

import java.util.List;

/**
 * The helpdesk teams a user can be made a member of. Identity does not know teams (they belong to
 * the helpdesk module, a layer above): the module that owns them implements this interface. With no
 * implementation, the users page offers no team choices and team ids are taken as given.
 */
public interface TeamDirectory {

  List<TeamOption> teams();
}
