package io.afterdesk.identity.web;

import io.afterdesk.identity.ApiTokens;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.TeamMemberships;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The user edit page's model, shared by the page and the account actions that show it again. */
@Component
class UserEditPage {

  private final UserManagement users;
  private final ApiTokens tokens;
  private final TeamMemberships memberships;

  UserEditPage(UserManagement users, ApiTokens tokens, TeamMemberships memberships) {
    this.users = users;
    this.tokens = tokens;
    this.memberships = memberships;
  }

  /** The edit form of a user as stored now. */
  void withStoredForm(long id, Model model) {
    model.addAttribute("form", EditUserForm.of(users.get(id), users.versionOf(id)));
  }

  /** The edit page of a user, with the password and token forms unless a failed one is shown. */
  String show(long id, Model model) {
    UserSummary user = users.get(id);
    model.addAttribute("user", user);
    if (!model.containsAttribute("roles")) {
      model.addAttribute("roles", Role.values());
      model.addAttribute("teams", memberships.teamChoices());
    }
    model.addAttribute("tokens", tokens.tokensOf(id));
    if (!model.containsAttribute("passwordForm")) {
      model.addAttribute("passwordForm", new PasswordForm(""));
    }
    if (!model.containsAttribute("tokenForm")) {
      model.addAttribute("tokenForm", new TokenForm(""));
    }
    return "identity/user-edit";
  }
}
