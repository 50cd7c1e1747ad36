package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.aftersales.demo.AfterSalesDemoData;
import io.afterdesk.aftersales.returns.ReturnResult;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The after-sales demo data holds a return made from a ticket through the return wizard. */
class AfterSalesDemoDataIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;
  @Autowired Transfers transfers;
  @Autowired AfterSalesDemoData demoData;

  @Test
  void theDemoHasAReturnMadeFromATicket() {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("demo-ret", Role.AGENT);
    teams.create(
        new TeamDraft(
            "Demo returns " + UUID.randomUUID().toString().substring(0, 8),
            List.of(agent.id()),
            new AfterSalesSwitches(false, false, true, false, false),
            null,
            null));
    long company = fixtures.company("Demo Returner");
    long product = fixtures.product("Demo kettle", Tracking.NONE, "20.00");
    fixtures.inStock(product, "5");
    fixtures.shippedAndInvoiced(company, product, "2", null, LocalDate.now());

    ReturnResult made = demoData.returnFromATicket().orElseThrow();

    TransferView ret = transfers.get(made.returnId());
    assertThat(ret.kind()).isEqualTo(TransferKind.RETURN);
    assertThat(ret.originRef()).isNotNull();
    assertThat(ret.originRef().type()).isEqualTo("helpdesk.ticket");
    assertThat(ret.moves().get(0).quantity()).isEqualByComparingTo("1");
  }
}
