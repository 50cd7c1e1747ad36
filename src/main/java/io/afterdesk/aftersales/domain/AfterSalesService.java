package io.afterdesk.aftersales.domain;

import io.afterdesk.helpdesk.AfterSalesSwitches;
import java.util.function.Predicate;

/**
 * The after-sales services a team switches on or off, each with the name its idempotency keys are
 * stored under and the refusal shown when its switch is off.
 */
public enum AfterSalesService {
  REFUNDS("refund", "aftersales.refund.switched-off", AfterSalesSwitches::refunds),
  RETURNS("return", "aftersales.return.switched-off", AfterSalesSwitches::returns);

  private final String action;
  private final String switchedOffKey;
  private final Predicate<AfterSalesSwitches> enabled;

  AfterSalesService(String action, String switchedOffKey, Predicate<AfterSalesSwitches> on) {
    this.action = action;
    this.switchedOffKey = switchedOffKey;
    this.enabled = on;
  }

  /** The action name idempotency records keep (stored: never rename). */
  public String action() {
    return action;
  }

  String switchedOffKey() {
    return switchedOffKey;
  }

  public boolean isOn(AfterSalesSwitches switches) {
    return enabled.test(switches);
  }
}
