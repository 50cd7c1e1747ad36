package io.afterdesk.common;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The longest texts the product keeps, one rule for pages, API and database: a subject or a title
 * {@value #SUBJECT} characters, a name {@value #NAME}, a code or reference {@value #CODE}, an email
 * address {@value #EMAIL} (RFC 5321), a description {@value #DESCRIPTION}, a short reason {@value
 * #REASON}. Longer input is a field error ({@code common.text.too-long}).
 */
public final class TextLimits {

  public static final int SUBJECT = 200;
  public static final int NAME = 120;
  public static final int CODE = 64;
  public static final int EMAIL = 254;
  public static final int REASON = 500;
  public static final int DESCRIPTION = 10_000;
  public static final int MESSAGE = 20_000;

  private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+[^\\s@.]");

  private TextLimits() {}

  /** The text, or a field error when it is longer than {@code max} characters. */
  public static @Nullable String atMost(@Nullable String text, int max, String field) {
    if (text != null && text.length() > max) {
      throw FieldValidationException.of(field, "common.text.too-long", max);
    }
    return text;
  }

  /** The email address (blank = none), or a field error when it is not one or too long. */
  public static @Nullable String email(@Nullable String address, String field) {
    if (address == null || address.isBlank()) {
      return address;
    }
    atMost(address, EMAIL, field);
    if (!EMAIL_ADDRESS.matcher(address.strip()).matches()) {
      throw FieldValidationException.of(field, "common.email.invalid");
    }
    return address;
  }
}
