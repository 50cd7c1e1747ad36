package io.afterdesk.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Just enough HTML reading for page tests (no HTML parser is on the test class path): the start tag
 * of an element by id, its attributes, and the field error that follows a form field.
 */
public final class HtmlPage {

  private final String html;

  public HtmlPage(String html) {
    this.html = html;
  }

  public String html() {
    return html;
  }

  private @Nullable Matcher startTag(String id) {
    Matcher matcher =
        Pattern.compile("<([a-zA-Z]+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
            .matcher(html);
    return matcher.find() ? matcher : null;
  }

  public boolean has(String id) {
    return startTag(id) != null;
  }

  public @Nullable String attribute(String id, String name) {
    Matcher tag = startTag(id);
    if (tag == null) {
      return null;
    }
    Matcher attribute =
        Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag.group());
    return attribute.find() ? unescape(attribute.group(1)) : null;
  }

  public boolean hasClass(String id, String cssClass) {
    String classes = attribute(id, "class");
    return classes != null && (" " + classes + " ").contains(" " + cssClass + " ");
  }

  /** The text of the {@code invalid-feedback} next to a field, or null when there is none. */
  public @Nullable String fieldError(String id) {
    Matcher tag = startTag(id);
    if (tag == null) {
      return null;
    }
    String rest = html.substring(tag.end());
    Matcher next = Pattern.compile("<(input|select|textarea)\\b").matcher(rest);
    String scope = next.find() ? rest.substring(0, next.start()) : rest;
    Matcher feedback =
        Pattern.compile("<div class=\"invalid-feedback[^\"]*\"[^>]*>(.*?)</div>", Pattern.DOTALL)
            .matcher(scope);
    return feedback.find() ? unescape(feedback.group(1).trim()) : null;
  }

  /** The text inside the element with this id, tags removed (elements nested in it included). */
  public String text(String id) {
    Matcher tag = startTag(id);
    if (tag == null) {
      return "";
    }
    String name = tag.group(1);
    int depth = 1;
    Matcher tags = Pattern.compile("<(/?)" + name + "\\b[^>]*>").matcher(html);
    int position = tag.end();
    int end = html.length();
    while (tags.find(position)) {
      depth += tags.group(1).isEmpty() ? 1 : -1;
      position = tags.end();
      if (depth == 0) {
        end = tags.start();
        break;
      }
    }
    return unescape(html.substring(tag.end(), end).replaceAll("<[^>]+>", " "))
        .replaceAll("\\s+", " ")
        .trim();
  }

  private static String unescape(String text) {
    return text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
