package io.afterdesk.invoicing.domain;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The fonts of the invoice PDFs: Liberation Sans, embedded (as the subset a document uses) with
 * Unicode encoding, because the standard PDF fonts carry no Vietnamese letters such as "ư" or "ế".
 * The font files come from the openpdf-fonts-extra artifact (SIL OFL 1.1, see NOTICE).
 */
@Component
class PdfFonts {

  private static final String FOLDER = "liberation/";

  final Font title;
  final Font bold;
  final Font normal;
  final Font small;

  PdfFonts() {
    BaseFont regular = load("LiberationSans-Regular.ttf");
    BaseFont heavy = load("LiberationSans-Bold.ttf");
    this.title = new Font(heavy, 16);
    this.bold = new Font(heavy, 10);
    this.normal = new Font(regular, 10);
    this.small = new Font(regular, 9);
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("The font " + FOLDER + file + " is not on the classpath");
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the font " + file, e);
    }
  }
}
