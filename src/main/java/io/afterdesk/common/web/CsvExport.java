package io.afterdesk.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a list as a CSV download (UTF-8 with a byte-order mark, so spreadsheets read it). A text
 * cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a
 * carriage return) is written with a leading {@code '} (OWASP's rule against CSV injection); plain
 * numbers such as {@code -12.50} stay numbers.
 */
public final class CsvExport {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

  private CsvExport() {}

  /** The cell as a spreadsheet may open it: never a formula. */
  static @Nullable Object safe(@Nullable Object cell) {
    if (!(cell instanceof CharSequence text) || text.isEmpty()) {
      return cell;
    }
    char first = text.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (!formula || PLAIN_NUMBER.matcher(text).matches()) {
      return cell;
    }
    return "'" + text;
  }

  public static <T> void write(
      HttpServletResponse response,
      String fileName,
      List<String> headers,
      Iterable<T> rows,
      Function<T, List<?>> columns)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    Writer writer = response.getWriter();
    writer.write('\uFEFF');
    try (CSVPrinter printer =
        CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get().print(writer)) {
      for (T row : rows) {
        printer.printRecord(columns.apply(row).stream().map(CsvExport::safe).toList());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
