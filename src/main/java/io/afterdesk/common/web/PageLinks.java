package io.afterdesk.common.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to another page of the current list, keeping its search and filters (for templates). */
@Component("pageLinks")
public class PageLinks {

  public String to(int page) {
    return ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam("page", Math.max(page, 0))
        .build()
        .toUriString();
  }

  /** The current list's address with one parameter replaced (a filter link, a CSV export). */
  public String with(String name, Object value) {
    return ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam(name, value)
        .replaceQueryParam("page")
        .build()
        .toUriString();
  }

  /** The current list's CSV export: its search and filters, every page. */
  public static String csvOfCurrentList() {
    return ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam("format", "csv")
        .replaceQueryParam("page")
        .build()
        .toUriString();
  }
}
