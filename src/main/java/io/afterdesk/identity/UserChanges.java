package io.afterdesk.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an admin may change on a staff user. A null field is left as it is; {@code expectedVersion},
 * when given, must still be the stored version (the form was not edited by someone else meanwhile).
 */
public record UserChanges(
    @Nullable String name,
    @Nullable String email,
    @Nullable Role role,
    @Nullable Set<Long> teamIds,
    @Nullable Boolean active,
    @Nullable Long expectedVersion) {

  /** Changes that set every field, as the edit form does ({@code email} null clears it). */
  public static UserChanges all(
      String name,
      @Nullable String email,
      Role role,
      Set<Long> teamIds,
      boolean active,
      @Nullable Long expectedVersion) {
    return new UserChanges(
        name, email == null ? "" : email, role, teamIds, active, expectedVersion);
  }
}
