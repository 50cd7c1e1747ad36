package io.afterdesk.helpdesk;

/** The five after-sales switches of a team: each shows or hides an action on the team's tickets. */
public record AfterSalesSwitches(
    boolean refunds, boolean coupons, boolean returns, boolean repairs, boolean fieldService) {

  public static AfterSalesSwitches none() {
    return new AfterSalesSwitches(false, false, false, false, false);
  }
}
