package io.afterdesk.aftersales.demo;

import io.afterdesk.aftersales.returns.ReturnChoices;
import io.afterdesk.aftersales.returns.ReturnChoices.LineChoice;
import io.afterdesk.aftersales.returns.ReturnChoicesQuery;
import io.afterdesk.aftersales.returns.ReturnCommand;
import io.afterdesk.aftersales.returns.ReturnResult;
import io.afterdesk.aftersales.returns.ReturnWizard;
import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.TicketDraft;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.inventory.TransferFilter;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferRow;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.Transfers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * After the helpdesk's demo: a customer of the latest done delivery writes that one item arrived
 * broken, and the Returns team makes a return of one unit from the ticket with the return wizard,
 * exactly as an agent would (links, notes and planned serials included).
 */
@Component
public class AfterSalesDemoData implements DemoDataLoader {

  static final String REASON = "DEFECTIVE";

  private final Teams teams;
  private final Tickets tickets;
  private final Transfers transfers;
  private final ReturnChoicesQuery choices;
  private final ReturnWizard wizard;

  AfterSalesDemoData(
      Teams teams,
      Tickets tickets,
      Transfers transfers,
      ReturnChoicesQuery choices,
      ReturnWizard wizard) {
    this.teams = teams;
    this.tickets = tickets;
    this.transfers = transfers;
    this.choices = choices;
    this.wizard = wizard;
  }

  @Override
  public int getOrder() {
    return 700;
  }

  @Override
  public void load() {
    returnFromATicket();
  }

  /** The return made, when a team has Returns on and a done delivery has something to return. */
  public Optional<ReturnResult> returnFromATicket() {
    Optional<TeamView> team =
        teams.all().stream().filter(t -> t.afterSales().returns()).findFirst();
    Optional<TransferRow> delivery =
        transfers
            .page(
                new TransferFilter(TransferKind.DELIVERY, TransferState.DONE, null, null),
                PageQuery.of(0, 1, null, null),
                List.of())
            .items()
            .stream()
            .filter(d -> d.customerId() != null)
            .findFirst();
    if (team.isEmpty() || delivery.isEmpty()) {
      return Optional.empty();
    }
    long ticket =
        tickets
            .create(
                new TicketDraft(
                    "One item arrived broken",
                    "The box was damaged in transit and one item does not work.",
                    team.get().id(),
                    null,
                    null,
                    1,
                    delivery.get().customerId(),
                    null,
                    null,
                    null,
                    delivery.get().salesOrderId(),
                    List.of()))
            .id();
    ReturnChoices offered = choices.choices(ticket, null, delivery.get().id());
    return offered.lines().stream()
        .filter(l -> l.quantity().signum() > 0)
        .findFirst()
        .map(line -> wizard.createReturn(ticket, oneUnitOf(offered, line), null));
  }

  private static ReturnCommand oneUnitOf(ReturnChoices offered, LineChoice line) {
    List<Long> serial = line.lotIds().isEmpty() ? List.of() : List.of(line.lotIds().get(0));
    return new ReturnCommand(
        offered.deliveryId(),
        offered.returnLocationId(),
        REASON,
        false,
        List.of(new ReturnCommand.Line(line.moveId(), BigDecimal.ONE, serial)));
  }
}
