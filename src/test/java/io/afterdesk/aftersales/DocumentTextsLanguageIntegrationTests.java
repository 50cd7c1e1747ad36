package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PdfText;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The texts the after-sales actions write on documents — a credit note's "Reversal of: …", a
 * return's "Return of …", an exchange's "Exchange of …" — are shown in the reader's language on the
 * pages and the PDF; the API keeps the stored English text.
 */
class DocumentTextsLanguageIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;
  @Autowired Transfers transfers;
  @Autowired Invoices invoices;

  @Test
  void aCreditNotesReversalReferenceIsShownInTheReadersLanguage() throws Exception {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("ref-lang", Role.AGENT);
    UserSummary admin = fixtures.user("ref-lang-admin", Role.ADMIN);
    TeamView team = fixtures.team("RefLang", true, agent);
    long company = fixtures.company("Ref Lang Co");
    long product = fixtures.product("Kettle", Tracking.NONE, "12.00");
    InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    Map<String, Object> body = RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE");
    body.put("reason", "Vỡ khi giao");
    ApiResponse refund = fixtures.api(agent).post("/api/v1/tickets/" + ticket + "/refund", body);
    assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    long note = refund.json().get("creditNoteIds").get(0).asLong();
    String english = "Reversal of: " + invoice.number() + ", Vỡ khi giao";
    String vietnamese = "Hoàn tiền cho: " + invoice.number() + ", Vỡ khi giao";

    assertThat(invoices.get(note).reference()).isEqualTo(english);
    StaffSession session = StaffSession.signIn(port, admin.login(), RefundFixtures.PASSWORD);
    assertThat(page(session, "/invoicing/invoices/" + note + "?lang=vi"))
        .contains(vietnamese)
        .doesNotContain(english);
    assertThat(page(session, "/invoicing/invoices?kind=CREDIT_NOTE&lang=vi"))
        .contains(vietnamese)
        .doesNotContain(english);
    assertThat(page(session, "/invoicing/invoices/" + note + "?lang=en")).contains(english);
    assertThat(PdfText.of(invoices.pdf(note, Locale.forLanguageTag("vi"))).replaceAll("\\s+", " "))
        .contains(vietnamese);
    assertThat(PdfText.of(invoices.pdf(note, Locale.ENGLISH)).replaceAll("\\s+", " "))
        .contains(english);

    // saved as shown, the reference stays keyed; typed anew, it is the typed text for everyone
    assertThat(save(session, note, vietnamese).statusCode()).isEqualTo(302);
    assertThat(invoices.get(note).reference()).isEqualTo(english);
    assertThat(invoices.get(note).referenceText()).isNotNull();
    assertThat(save(session, note, "Khách trả lại").statusCode()).isEqualTo(302);
    assertThat(invoices.get(note).reference()).isEqualTo("Khách trả lại");
    assertThat(invoices.get(note).referenceText()).isNull();
    assertThat(page(session, "/invoicing/invoices/" + note + "?lang=en")).contains("Khách trả lại");
  }

  private HttpResponse<String> save(StaffSession session, long note, String reference) {
    InvoiceView draft = invoices.get(note);
    InvoiceLineView line = draft.lines().get(0);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", String.valueOf(draft.version()));
    form.put("customerId", String.valueOf(draft.customerId()));
    form.put("reference", reference);
    form.put("invoiceDate", draft.invoiceDate().toString());
    form.put("dueDate", String.valueOf(draft.dueDate()));
    form.put("creditLines[0].creditedLineId", String.valueOf(line.creditedLineId()));
    form.put("creditLines[0].quantity", line.quantity().toPlainString());
    form.put("creditLines[0].unitPrice", line.unitPrice().amount().toPlainString());
    return session.post("/invoicing/invoices/" + note + "?lang=vi", form);
  }

  @Test
  void aReturnsAndAnExchangesOriginAreShownInTheReadersLanguage() {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("origin-lang", Role.AGENT);
    UserSummary admin = fixtures.user("origin-lang-admin", Role.ADMIN);
    TeamView team =
        teams.create(
            new TeamDraft(
                "Origins " + UUID.randomUUID().toString().substring(0, 8),
                List.of(agent.id()),
                new AfterSalesSwitches(false, false, true, false, false),
                null,
                null));
    long company = fixtures.company("Origin Lang Co");
    long product = fixtures.product("Kettle", Tracking.NONE, "12.00");
    fixtures.inStock(product, "5");
    SalesOrderView order =
        fixtures.shippedAndInvoiced(company, product, "2", null, LocalDate.now());
    long delivery = order.deliveryIds().get(0);
    String number = transfers.get(delivery).number();
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("moveId", transfers.get(delivery).moves().get(0).id());
    line.put("quantity", "1");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deliveryId", delivery);
    body.put("reasonCode", "DEFECTIVE");
    body.put("exchange", true);
    body.put("lines", List.of(line));
    ApiResponse created = fixtures.api(agent).post("/api/v1/tickets/" + ticket + "/return", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long ret = created.json().get("returnId").asLong();
    long exchange = created.json().get("exchangeDeliveryId").asLong();

    assertThat(transfers.get(ret).origin()).isEqualTo("Return of " + number);
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    assertThat(page(session, "/aftersales/tickets/" + ticket + "/returns?lang=vi"))
        .contains("Trả hàng của " + number)
        .doesNotContain("Return of " + number);
    assertThat(page(session, "/aftersales/tickets/" + ticket + "/returns?lang=en"))
        .contains("Return of " + number);
    StaffSession manager = StaffSession.signIn(port, admin.login(), RefundFixtures.PASSWORD);
    assertThat(page(manager, "/inventory/transfers/" + ret + "?lang=vi"))
        .contains("Trả hàng của " + number)
        .doesNotContain("Return of " + number);
    assertThat(page(manager, "/inventory/transfers/" + exchange + "?lang=vi"))
        .contains("Đổi hàng của " + number)
        .doesNotContain("Exchange of " + number);
    assertThat(page(manager, "/inventory/transfers?q=" + number + "&lang=vi"))
        .contains("Trả hàng của " + number, "Đổi hàng của " + number);
    assertThat(page(manager, "/inventory/transfers/" + exchange + "?lang=en"))
        .contains("Exchange of " + number);
  }

  private static String page(StaffSession session, String path) {
    return HtmlUtils.htmlUnescape(session.get(path).body());
  }
}
