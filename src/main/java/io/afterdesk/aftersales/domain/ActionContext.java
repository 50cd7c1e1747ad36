package io.afterdesk.aftersales.domain;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.TicketView;

/**
 * What a service's step gets from the frame: the ticket (visible, its service switched on), the
 * checked reason code, and {@link #made}, by which it reports each document it makes.
 */
public final class ActionContext {

  /** Writes the link and the two notes of a made document (the frame's part). */
  interface Recorder {
    void record(ActionContext context, MadeDocument document);
  }

  /**
   * A document an action made: its kind as linked, its thread, its link (English label: the page
   * shows the current one) and the key of the note the ticket gets ("Refund created").
   */
  public record MadeDocument(
      DocumentKind kind, DocumentRef document, DocumentLink link, String noteKey) {}

  private final TicketView ticket;
  private final String reasonCode;
  private final Recorder recorder;

  ActionContext(TicketView ticket, String reasonCode, Recorder recorder) {
    this.ticket = ticket;
    this.reasonCode = reasonCode;
    this.recorder = recorder;
  }

  public TicketView ticket() {
    return ticket;
  }

  /** The reason code, checked active. */
  public String reasonCode() {
    return reasonCode;
  }

  /**
   * Reports a document the step made: the frame links it to the ticket with the reason code (at
   * once, so the document is within the caller's reach for the rest of the step), posts {@code
   * noteKey} with the link on the ticket and "Created from ticket" on the document.
   */
  public void made(DocumentKind kind, DocumentRef document, DocumentLink link, String noteKey) {
    recorder.record(this, new MadeDocument(kind, document, link, noteKey));
  }
}
