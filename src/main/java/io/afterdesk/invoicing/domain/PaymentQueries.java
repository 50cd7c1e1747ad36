package io.afterdesk.invoicing.domain;

import io.afterdesk.common.Money;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of payments: pages of them and one payment, within the caller's reach. */
@Component
public class PaymentQueries {

  private static final String FROM =
      " from payment p join journal j on j.id = p.journal_id"
          + " left join invoice_match m on m.payment_id = p.id"
          + " left join invoice i on i.id = m.invoice_id ";

  private final JdbcClient jdbc;
  private final DocumentReach reach;

  PaymentQueries(JdbcClient jdbc, DocumentReach reach) {
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /** One page of payments, newest first; search on the number of the invoice paid. */
  public PageResponse<PaymentView> page(
      @Nullable Long customerId, @Nullable Long invoiceId, PageQuery query) {
    return page(customerId, invoiceId, null, query);
  }

  public Optional<PaymentView> find(long paymentId) {
    return page(null, null, paymentId, new PageQuery(0, 1, null, null)).items().stream()
        .findFirst();
  }

  private PageResponse<PaymentView> page(
      @Nullable Long customerId,
      @Nullable Long invoiceId,
      @Nullable Long paymentId,
      PageQuery query) {
    StringBuilder where = new StringBuilder("where true");
    Map<String, Object> params = new HashMap<>();
    condition(where, params, "p.id = :payment", "payment", paymentId);
    condition(where, params, "p.customer_id = :customer", "customer", customerId);
    condition(where, params, "m.invoice_id = :invoice", "invoice", invoiceId);
    condition(where, params, "lower(coalesce(i.number, '')) like :q", "q", query.likePattern());
    reach
        .current()
        .restrict(where, params, "p.customer_id", "m.invoice_id", Invoices.DOCUMENT_TYPE);
    long total =
        jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    List<PaymentView> items =
        jdbc.sql(
                "select p.id, p.journal_id, j.code, p.customer_id, p.amount, p.currency,"
                    + " p.payment_date, m.invoice_id, i.number"
                    + FROM
                    + where
                    + " order by p.payment_date desc, p.id desc limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(PaymentQueries::payment)
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  private static void condition(
      StringBuilder where,
      Map<String, Object> params,
      String sql,
      String name,
      @Nullable Object value) {
    if (value != null) {
      where.append(" and ").append(sql);
      params.put(name, value);
    }
  }

  private static PaymentView payment(ResultSet rs, int n) throws SQLException {
    return new PaymentView(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getLong(4),
        new Money(rs.getBigDecimal(5), Currency.getInstance(rs.getString(6).trim())),
        rs.getDate(7).toLocalDate(),
        rs.getObject(8, Long.class),
        rs.getString(9));
  }
}
