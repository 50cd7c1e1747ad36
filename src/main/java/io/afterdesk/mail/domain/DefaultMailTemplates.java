package io.afterdesk.mail.domain;

import io.afterdesk.mail.MailPurpose;
import java.util.Map;

/**
 * The built-in templates, used until an admin edits one. Variables: {@code company}, {@code
 * recipientName}, and per purpose — TICKET_MESSAGE: {@code authorName}, {@code documentTitle},
 * {@code link} (may be null), {@code body}; PORTAL_INVITATION: {@code link}, {@code expiresAt};
 * PORTAL_LOGIN_CHANGED: {@code newEmail}, {@code link}; COUPON: {@code code}, {@code value}, {@code
 * expiresAt}, {@code link}.
 */
public final class DefaultMailTemplates {

  /** Subject, HTML body, text body. */
  public record Parts(String subject, String html, String text) {}

  private static final String MESSAGE_HTML_EN =
      """
      <p>[[${authorName}]] wrote about <strong>[[${documentTitle}]]</strong>:</p>
      <blockquote style="white-space: pre-wrap; border-left: 3px solid #ccc; padding-left: .75em">[[${body}]]</blockquote>
      <p th:if="${link != null}"><a th:href="${link}">Open [[${documentTitle}]]</a></p>
      <p style="color:#777">[[${company}]]</p>
      """;
  private static final String MESSAGE_TEXT_EN =
      """
      [(${authorName})] wrote about [(${documentTitle})]:

      [(${body})]
      [# th:if="${link != null}"]
      Open it: [(${link})]
      [/]
      -- \n[(${company})]
      """;
  private static final String MESSAGE_HTML_VI =
      """
      <p>[[${authorName}]] đã viết về <strong>[[${documentTitle}]]</strong>:</p>
      <blockquote style="white-space: pre-wrap; border-left: 3px solid #ccc; padding-left: .75em">[[${body}]]</blockquote>
      <p th:if="${link != null}"><a th:href="${link}">Mở [[${documentTitle}]]</a></p>
      <p style="color:#777">[[${company}]]</p>
      """;
  private static final String MESSAGE_TEXT_VI =
      """
      [(${authorName})] đã viết về [(${documentTitle})]:

      [(${body})]
      [# th:if="${link != null}"]
      Mở tại: [(${link})]
      [/]
      -- \n[(${company})]
      """;

  private static final Map<String, Parts> DEFAULTS =
      Map.of(
          key(MailPurpose.TICKET_MESSAGE, "en"),
          new Parts("Re: [(${documentTitle})]", MESSAGE_HTML_EN, MESSAGE_TEXT_EN),
          key(MailPurpose.TICKET_MESSAGE, "vi"),
          new Parts("Re: [(${documentTitle})]", MESSAGE_HTML_VI, MESSAGE_TEXT_VI),
          key(MailPurpose.PORTAL_INVITATION, "en"),
          new Parts(
              "Your access to the [(${company})] customer portal",
              """
              <p>Hello [[${recipientName}]],</p>
              <p>[[${company}]] invites you to its customer portal, where you can follow your tickets.</p>
              <p><a th:href="${link}">Set your password</a></p>
              <p>The link works once and expires on [[${expiresAt}]].</p>
              """,
              """
              Hello [(${recipientName})],

              [(${company})] invites you to its customer portal, where you can follow your tickets.

              Set your password: [(${link})]

              The link works once and expires on [(${expiresAt})].
              """),
          key(MailPurpose.PORTAL_INVITATION, "vi"),
          new Parts(
              "Quyền truy cập cổng khách hàng [(${company})]",
              """
              <p>Xin chào [[${recipientName}]],</p>
              <p>[[${company}]] mời bạn sử dụng cổng khách hàng để theo dõi các yêu cầu hỗ trợ của bạn.</p>
              <p><a th:href="${link}">Đặt mật khẩu</a></p>
              <p>Liên kết chỉ dùng được một lần và hết hạn vào [[${expiresAt}]].</p>
              """,
              """
              Xin chào [(${recipientName})],

              [(${company})] mời bạn sử dụng cổng khách hàng để theo dõi các yêu cầu hỗ trợ của bạn.

              Đặt mật khẩu: [(${link})]

              Liên kết chỉ dùng được một lần và hết hạn vào [(${expiresAt})].
              """),
          key(MailPurpose.PORTAL_LOGIN_CHANGED, "en"),
          new Parts(
              "Your [(${company})] portal login was changed",
              """
              <p>Hello [[${recipientName}]],</p>
              <p>The email you sign in to the [[${company}]] customer portal with was changed to <strong>[[${newEmail}]]</strong>. You can no longer sign in with this address; an invitation to set a password was sent to the new one.</p>
              <p>If you did not ask for this change, contact us at once.</p>
              """,
              """
              Hello [(${recipientName})],

              The email you sign in to the [(${company})] customer portal with was changed to [(${newEmail})]. You can no longer sign in with this address; an invitation to set a password was sent to the new one.

              If you did not ask for this change, contact us at once.
              """),
          key(MailPurpose.PORTAL_LOGIN_CHANGED, "vi"),
          new Parts(
              "Email đăng nhập cổng khách hàng [(${company})] của bạn đã được thay đổi",
              """
              <p>Xin chào [[${recipientName}]],</p>
              <p>Email bạn dùng để đăng nhập cổng khách hàng [[${company}]] đã được đổi thành <strong>[[${newEmail}]]</strong>. Bạn không thể đăng nhập bằng địa chỉ này nữa; lời mời đặt mật khẩu đã được gửi đến địa chỉ mới.</p>
              <p>Nếu bạn không yêu cầu thay đổi này, hãy liên hệ với chúng tôi ngay.</p>
              """,
              """
              Xin chào [(${recipientName})],

              Email bạn dùng để đăng nhập cổng khách hàng [(${company})] đã được đổi thành [(${newEmail})]. Bạn không thể đăng nhập bằng địa chỉ này nữa; lời mời đặt mật khẩu đã được gửi đến địa chỉ mới.

              Nếu bạn không yêu cầu thay đổi này, hãy liên hệ với chúng tôi ngay.
              """),
          key(MailPurpose.COUPON, "en"),
          new Parts(
              "Your coupon from [(${company})]",
              """
              <p>Hello [[${recipientName}]],</p>
              <p>Here is your coupon worth <strong>[[${value}]]</strong>: <code style="font-size:1.2em">[[${code}]]</code></p>
              <p th:if="${expiresAt != null}">It is valid until [[${expiresAt}]].</p>
              <p th:if="${link != null}"><a th:href="${link}">See your coupons</a></p>
              """,
              """
              Hello [(${recipientName})],

              Here is your coupon worth [(${value})]: [(${code})]
              [# th:if="${expiresAt != null}"]It is valid until [(${expiresAt})].[/]
              [# th:if="${link != null}"]See your coupons: [(${link})][/]
              """),
          key(MailPurpose.COUPON, "vi"),
          new Parts(
              "Phiếu giảm giá từ [(${company})]",
              """
              <p>Xin chào [[${recipientName}]],</p>
              <p>Đây là phiếu giảm giá trị giá <strong>[[${value}]]</strong> của bạn: <code style="font-size:1.2em">[[${code}]]</code></p>
              <p th:if="${expiresAt != null}">Phiếu có hiệu lực đến [[${expiresAt}]].</p>
              <p th:if="${link != null}"><a th:href="${link}">Xem phiếu giảm giá của bạn</a></p>
              """,
              """
              Xin chào [(${recipientName})],

              Đây là phiếu giảm giá trị giá [(${value})] của bạn: [(${code})]
              [# th:if="${expiresAt != null}"]Phiếu có hiệu lực đến [(${expiresAt})].[/]
              [# th:if="${link != null}"]Xem phiếu giảm giá của bạn: [(${link})][/]
              """));

  private DefaultMailTemplates() {}

  public static Parts of(MailPurpose purpose, String language) {
    Parts parts = DEFAULTS.get(key(purpose, language));
    return parts != null ? parts : DEFAULTS.get(key(purpose, "en"));
  }

  private static String key(MailPurpose purpose, String language) {
    return purpose.name() + "/" + language;
  }
}
