package io.afterdesk.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The few htmx conventions the pages share. */
public final class Htmx {

  private Htmx() {}

  /** Whether the request was sent by htmx (a dialog or a partial update). */
  public static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"));
  }

  /**
   * Ends a dialog by loading another page: htmx would follow a 302 inside the dialog, so it is told
   * with {@code HX-Redirect} to load the page itself, and the flash message is kept for that page.
   * The caller answers with an empty fragment.
   */
  public static void redirect(
      String path, Flash flash, HttpServletRequest request, HttpServletResponse response) {
    RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE, flash);
    RequestContextUtils.saveOutputFlashMap(path, request, response);
    response.setHeader("HX-Redirect", request.getContextPath() + path);
  }
}
