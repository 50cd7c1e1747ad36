package io.afterdesk.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a list as a CSV download (UTF-8 with a byte-order mark, so spreadsheets read it). */
public final class CsvExport {

  private CsvExport() {}

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
        printer.printRecord(columns.apply(row));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
