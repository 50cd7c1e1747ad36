package io.afterdesk.inventory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the transfer events published, so tests can look for those of their own transfers: at
 * once (a plain listener) and as a later module would get them (an application module listener,
 * after commit, through the event publication registry).
 */
@Component
public class TransferEventRecorder {

  private final List<Object> events = new CopyOnWriteArrayList<>();
  private final List<TransferDone> afterCommit = new CopyOnWriteArrayList<>();

  @EventListener
  void on(TransferDone event) {
    events.add(event);
  }

  @EventListener
  void on(TransferCancelled event) {
    events.add(event);
  }

  @ApplicationModuleListener
  void later(TransferDone event) {
    afterCommit.add(event);
  }

  public List<TransferDone> doneOf(long transferId) {
    return events.stream()
        .filter(e -> e instanceof TransferDone d && d.transferId() == transferId)
        .map(TransferDone.class::cast)
        .toList();
  }

  public List<TransferDone> doneAfterCommitOf(long transferId) {
    return afterCommit.stream().filter(e -> e.transferId() == transferId).toList();
  }

  public List<TransferCancelled> cancelledOf(long transferId) {
    return events.stream()
        .filter(e -> e instanceof TransferCancelled c && c.transferId() == transferId)
        .map(TransferCancelled.class::cast)
        .toList();
  }
}
