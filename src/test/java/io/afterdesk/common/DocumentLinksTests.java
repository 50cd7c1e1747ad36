package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry asks each module's provider and answers the first that knows the document. */
class DocumentLinksTests {

  /** A module owning "orders": labels read from its "database", URLs written without it. */
  static final class Orders implements DocumentLinkProvider {
    final List<DocumentRef> reads = new ArrayList<>();

    @Override
    public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
      if (!document.type().equals("orders")) {
        return Optional.empty();
      }
      reads.add(document);
      String label = locale.getLanguage().equals("vi") ? "Đơn " : "Order ";
      return Optional.of(new DocumentLink(label + document.id(), "/orders/" + document.id()));
    }

    @Override
    public Optional<String> staffUrlOf(DocumentRef document) {
      return document.type().equals("orders")
          ? Optional.of("/orders/" + document.id())
          : Optional.empty();
    }
  }

  /** A portal showing customers their orders. */
  static final class Portal implements DocumentLinkProvider {
    @Override
    public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
      return Optional.empty();
    }

    @Override
    public Optional<String> staffUrlOf(DocumentRef document) {
      return Optional.empty();
    }

    @Override
    public Optional<String> portalUrlOf(DocumentRef document) {
      return document.type().equals("orders")
          ? Optional.of("/my/orders/" + document.id())
          : Optional.empty();
    }
  }

  /** A module owning "notes" that only says how to label them. */
  static final class Notes implements DocumentLinkProvider {
    @Override
    public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
      return document.type().equals("notes")
          ? Optional.of(new DocumentLink("Note", "/notes/" + document.id()))
          : Optional.empty();
    }
  }

  private final Orders orders = new Orders();
  private final DocumentLinks links = DocumentLinks.of(List.of(new Portal(), orders, new Notes()));

  @Test
  void aDocumentsLinkComesFromTheModuleThatOwnsItsTypeInTheReadersLanguage() {
    DocumentLink link = links.of(new DocumentRef("orders", 7), Locale.forLanguageTag("vi")).get();

    assertThat(link.label()).isEqualTo("Đơn 7");
    assertThat(link.url()).isEqualTo("/orders/7");
    assertThat(links.of(new DocumentRef("notes", 3), Locale.ENGLISH).get().url())
        .isEqualTo("/notes/3");
  }

  @Test
  void thePortalUrlComesFromTheModuleShowingTheDocumentToCustomers() {
    assertThat(links.of(new DocumentRef("orders", 7), Locale.ENGLISH).get().portalUrl())
        .isEqualTo("/my/orders/7");
    assertThat(links.portalUrl(new DocumentRef("orders", 7))).contains("/my/orders/7");
    assertThat(links.of(new DocumentRef("notes", 3), Locale.ENGLISH).get().portalUrl()).isNull();
    assertThat(links.portalUrl(new DocumentRef("notes", 3))).isEmpty();
  }

  @Test
  void aStaffUrlIsAnsweredWithoutReadingTheDocumentWhenItsModuleCan() {
    assertThat(links.url(new DocumentRef("orders", 9))).contains("/orders/9");
    assertThat(orders.reads).isEmpty();
    assertThat(links.staffUrl(new DocumentRef("notes", 4))).isEqualTo("/notes/4");
  }

  @Test
  void aTypeNoModuleOwnsHasNoLinkAndAskingForItsUrlIsAProgrammingError() {
    DocumentRef unknown = new DocumentRef("elsewhere.thing", 1);

    assertThat(links.of(unknown, Locale.ENGLISH)).isEmpty();
    assertThat(links.url(unknown)).isEmpty();
    assertThatThrownBy(() -> links.staffUrl(unknown))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("elsewhere.thing:1");
  }
}
