package io.afterdesk.invoicing;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.Money;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.invoicing.domain.CreditCaps;
import io.afterdesk.invoicing.domain.InvoiceSets;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a page that lists many invoices and credit notes (a ticket, its chatter, the refund dialog)
 * needs of them, asked once for all ids or customers instead of loading each document. Documents
 * out of the caller's reach count as absent, as they do for {@link Invoices#find}.
 */
@Component
@Transactional(readOnly = true)
public class InvoiceSummaries {

  private final JdbcClient jdbc;
  private final DocumentReach reach;
  private final MessageSource messages;
  private final Currency currency;
  private final InvoiceSets sets;
  private final CreditCaps caps;

  InvoiceSummaries(
      JdbcClient jdbc,
      DocumentReach reach,
      MessageSource messages,
      AfterdeskProperties properties,
      InvoiceSets sets,
      CreditCaps caps) {
    this.jdbc = jdbc;
    this.reach = reach;
    this.messages = messages;
    this.currency = Currency.getInstance(properties.currencyCode());
    this.sets = sets;
    this.caps = caps;
  }

  /**
   * The posted invoices (not credit notes) of any of these customers within the caller's reach,
   * whole as {@link Invoices#find} answers them, latest first (invoice date, then id).
   */
  public List<InvoiceView> postedInvoicesOf(Collection<Long> customerIds) {
    return sets.postedInvoicesOf(customerIds);
  }

  /**
   * {@link Invoices#creditable(InvoiceId)} of several invoices at once; those out of the caller's
   * reach (or unknown) are absent instead of a 404.
   */
  public Map<InvoiceId, Creditable> creditable(Collection<InvoiceId> invoiceIds) {
    return caps.creditable(invoiceIds);
  }

  /** The sum of the totals of those documents that are posted (not drafts, not cancelled). */
  public Money postedTotal(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Money.zero(currency);
    }
    StringBuilder where = new StringBuilder("where i.id in (:ids) and i.state = 'POSTED'");
    Map<String, Object> params = reachable(where, ids);
    BigDecimal total =
        jdbc.sql("select coalesce(sum(i.amount_total), 0) from invoice i " + where)
            .params(params)
            .query(BigDecimal.class)
            .single();
    return new Money(total, currency);
  }

  /**
   * The current label of each document: its number once posted, "Draft Invoice" / "Draft Credit
   * Note" before (the label {@link Invoices} links show). Ids not found are absent.
   */
  public Map<Long, String> labelsOf(Collection<Long> ids, Locale locale) {
    Map<Long, String> labels = new HashMap<>();
    if (ids.isEmpty()) {
      return labels;
    }
    StringBuilder where = new StringBuilder("where i.id in (:ids)");
    Map<String, Object> params = reachable(where, ids);
    jdbc.sql("select i.id, i.kind, i.number from invoice i " + where)
        .params(params)
        .query(
            rs -> {
              String number = rs.getString(3);
              labels.put(
                  rs.getLong(1),
                  number != null
                      ? number
                      : messages.getMessage("invoicing.draft." + rs.getString(2), null, locale));
            });
    return labels;
  }

  private Map<String, Object> reachable(StringBuilder where, Collection<Long> ids) {
    Map<String, Object> params = new HashMap<>();
    params.put("ids", List.copyOf(ids));
    reach.current().restrict(where, params, "i.customer_id", "i.id", Invoices.DOCUMENT_TYPE);
    return params;
  }
}
