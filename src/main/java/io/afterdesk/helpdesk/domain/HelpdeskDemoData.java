package io.afterdesk.helpdesk.domain;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.StageView;
import io.afterdesk.helpdesk.TagView;
import io.afterdesk.helpdesk.Tags;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.TicketDraft;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Threads;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The helpdesk's demo data: two teams with different after-sales switches, a few tags, and thirty
 * tickets across both teams and all stages with messages and notes, opened over the same six months
 * as the demo orders (the oldest about 180 days ago) and closed a few days after opening. Works
 * whether or not the users, customers and products of the other modules' demo data exist.
 */
@Component
class HelpdeskDemoData implements DemoDataLoader {

  private static final String[][] CASES = {
    {"Coffee machine leaks water", "The machine leaks from the bottom since yesterday."},
    {"Wrong colour delivered", "I ordered the black model and received a white one."},
    {"Refund for a cancelled order", "Please refund the order I cancelled last week."},
    {"Screen flickers after update", "The display flickers when the device warms up."},
    {"Parcel arrived damaged", "The box was crushed and the lid is cracked."},
    {"Missing power adapter", "The package did not contain the power adapter."},
    {"Request a technician visit", "The installed unit makes a loud noise, please send someone."},
    {"Warranty repair for my blender", "The motor stopped working after three months."},
    {"Invoice shows the wrong address", "Please correct the billing address on my invoice."},
    {"Coupon code not accepted", "The code from your email is refused at checkout."},
  };

  private final Teams teams;
  private final Tags tags;
  private final Tickets tickets;
  private final UserManagement users;
  private final Customers customers;
  private final Products products;
  private final Threads threads;
  private final TicketRepository ticketRows;
  private final Clock clock;

  HelpdeskDemoData(
      Teams teams,
      Tags tags,
      Tickets tickets,
      UserManagement users,
      Customers customers,
      Products products,
      Threads threads,
      TicketRepository ticketRows,
      Clock clock) {
    this.teams = teams;
    this.tags = tags;
    this.tickets = tickets;
    this.users = users;
    this.customers = customers;
    this.products = products;
    this.threads = threads;
    this.ticketRows = ticketRows;
    this.clock = clock;
  }

  @Override
  public int getOrder() {
    return 600;
  }

  @Override
  public void load() {
    Optional<UserSummary> agent = users.findByLogin("agent");
    Optional<UserSummary> agent2 = users.findByLogin("agent2");
    Optional<UserSummary> manager = users.findByLogin("manager");
    TeamView support =
        teams.create(
            new TeamDraft(
                "After-Sales Support",
                agent.map(user -> List.of(user.id())).orElse(List.of()),
                new AfterSalesSwitches(true, true, true, false, false),
                null,
                null));
    TeamView field =
        teams.create(
            new TeamDraft(
                "Field Service & Repairs",
                agent2.map(user -> List.of(user.id())).orElse(List.of()),
                new AfterSalesSwitches(false, false, false, true, true),
                null,
                null));
    List<TagView> tagList =
        List.of(
                List.of("Urgent", "Khẩn cấp"),
                List.of("Warranty", "Bảo hành"),
                List.of("Shipping", "Vận chuyển"),
                List.of("Billing", "Thanh toán"),
                List.of("VIP", "Khách VIP"))
            .stream()
            .map(names -> tags.create(names.get(0), names.get(1)))
            .toList();
    List<CustomerSummary> customerList = customers.search("", 50);
    List<ProductSummary> productList =
        products.search("", 50).stream().filter(p -> !p.tracking().tracked()).toList();

    for (int i = 0; i < 30; i++) {
      TeamView team = i % 2 == 0 ? support : field;
      Optional<UserSummary> member = team == support ? agent : agent2;
      List<StageView> stages = team.stages();
      StageView stage = stages.get(i / 2 % stages.size());
      String[] what = CASES[i % CASES.length];
      CustomerSummary customer =
          customerList.isEmpty() ? null : customerList.get(i % customerList.size());
      Long assignee =
          i % 3 == 0
              ? null
              : i % 5 == 0
                  ? manager.map(UserSummary::id).orElse(null)
                  : member.map(UserSummary::id).orElse(null);
      TicketView ticket =
          tickets.create(
              new TicketDraft(
                  what[0],
                  what[1],
                  team.id(),
                  stage.id(),
                  assignee,
                  i % 4,
                  customer == null ? null : customer.id(),
                  customer == null ? "customer" + i + "@example.com" : null,
                  productList.isEmpty() || i % 3 != 1
                      ? null
                      : productList.get(i % productList.size()).id(),
                  null,
                  null,
                  List.of(tagList.get(i % tagList.size()).id())));
      backdate(ticket.id(), i);
      var ref = Tickets.ref(ticket.id());
      Author customerAuthor =
          customer == null
              ? Author.system()
              : Author.customer(customer.id(), customer.displayName());
      if (customer != null) {
        threads.post(ref, customerAuthor, what[1] + " Could you help me, please?");
      }
      Optional<UserSummary> staff = member.or(() -> manager);
      staff.ifPresent(
          user -> {
            threads.note(
                ref, Author.staff(user.id(), user.name()), "Checked the order history first.");
            threads.post(
                ref,
                Author.staff(user.id(), user.name()),
                "Thank you for your message, we are looking into it.");
          });
    }
  }

  /** Ticket {@code i} of thirty was opened 180 − 6·i days ago and, if closed, worked 1–5 days. */
  private void backdate(long ticketId, int i) {
    Instant now = clock.instant();
    Instant opened = now.minus(Duration.ofDays(180 - 6L * i)).minus(Duration.ofHours(i % 9));
    Ticket ticket = ticketRows.findById(ticketId).orElseThrow();
    ticket.dateAs(opened, Duration.ofDays(1 + i % 5).plusHours(i % 7), now);
    ticketRows.save(ticket);
  }
}
