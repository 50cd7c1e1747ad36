package io.afterdesk.inventory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the transfer events published, so tests can look for those of their own transfers. */
@Component
public class TransferEventRecorder {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(TransferDone event) {
    events.add(event);
  }

  @EventListener
  void on(TransferCancelled event) {
    events.add(event);
  }

  public List<TransferDone> doneOf(long transferId) {
    return events.stream()
        .filter(e -> e instanceof TransferDone d && d.transferId() == transferId)
        .map(TransferDone.class::cast)
        .toList();
  }

  public List<TransferCancelled> cancelledOf(long transferId) {
    return events.stream()
        .filter(e -> e instanceof TransferCancelled c && c.transferId() == transferId)
        .map(TransferCancelled.class::cast)
        .toList();
  }
}
