package io.afterdesk.aftersales.returns;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the agent confirmed in the return wizard. A line with quantity zero is a removed line; for a
 * serial-tracked product a line without quantity takes the number of serials chosen.
 */
public record ReturnCommand(
    @Nullable Long deliveryId,
    @Nullable Long returnLocationId,
    @Nullable String reasonCode,
    boolean exchange,
    List<Line> lines) {

  public ReturnCommand {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  public record Line(long moveId, @Nullable BigDecimal quantity, List<Long> lotIds) {
    public Line {
      lotIds = lotIds == null ? List.of() : List.copyOf(lotIds);
    }
  }

  /** A stable text of the request, to tell a replay from another request with the same key. */
  String fingerprint() {
    return deliveryId
        + "|"
        + returnLocationId
        + "|"
        + reasonCode
        + "|"
        + exchange
        + "|"
        + lines.stream()
            .map(
                l ->
                    l.moveId()
                        + ":"
                        + (l.quantity() == null ? "" : l.quantity().stripTrailingZeros())
                        + ":"
                        + l.lotIds())
            .toList();
  }
}
