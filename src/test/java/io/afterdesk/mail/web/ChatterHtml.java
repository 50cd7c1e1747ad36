package io.afterdesk.mail.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chatter HTML the way a test needs it (no HTML parser is on the test class path): the
 * entries of the thread with their classes and texts, and elements found by id or class.
 */
record ChatterHtml(String html) {

  /** One {@code <article>} of the thread. */
  record Entry(List<String> classes, String html) {
    String text(String cssClass) {
      return ChatterHtml.text(inner(html, cssClass));
    }

    boolean hasLink() {
      return html.contains("<a ");
    }

    String linkHref() {
      Matcher m = Pattern.compile("<a [^>]*href=\"([^\"]*)\"").matcher(html);
      return m.find() ? unescape(m.group(1)) : "";
    }
  }

  private static final Pattern ARTICLE =
      Pattern.compile("<article class=\"([^\"]*)\"[^>]*>(.*?)</article>", Pattern.DOTALL);

  List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    Matcher m = ARTICLE.matcher(html);
    while (m.find()) {
      entries.add(new Entry(List.of(m.group(1).trim().split("\\s+")), m.group(2)));
    }
    return entries;
  }

  /** The opening tag of the element with this id, or "" when there is none. */
  String tagWithId(String id) {
    Matcher m =
        Pattern.compile("<[a-z]+[^>]* id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
    return m.find() ? m.group() : "";
  }

  boolean has(String id) {
    return !tagWithId(id).isEmpty();
  }

  /** The text of the first element with this id (up to its closing tag of the same name). */
  String textOf(String id) {
    Matcher m =
        Pattern.compile(
                "<([a-z]+)[^>]* id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
            .matcher(html);
    return m.find() ? text(m.group(2)) : "";
  }

  /** How many times an element carries this class. */
  int count(String cssClass) {
    Matcher m =
        Pattern.compile("class=\"([^\"]*\\s)?" + Pattern.quote(cssClass) + "(\\s[^\"]*)?\"")
            .matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The values of an attribute on all elements that have it. */
  List<String> attributes(String name) {
    List<String> values = new ArrayList<>();
    Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      values.add(unescape(m.group(1)));
    }
    return values;
  }

  static String inner(String html, String cssClass) {
    Matcher m =
        Pattern.compile(
                "<([a-z]+)[^>]* class=\"(?:[^\"]*\\s)?"
                    + Pattern.quote(cssClass)
                    + "(?:\\s[^\"]*)?\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL)
            .matcher(html);
    StringBuilder all = new StringBuilder();
    while (m.find()) {
      all.append(m.group(2)).append(' ');
    }
    return all.toString();
  }

  static String text(String html) {
    return unescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim();
  }

  static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
