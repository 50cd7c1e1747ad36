package io.afterdesk.common.demo;

import org.springframework.core.Ordered;

/**
 * A module's share of the demo data. Loaders run once, into an empty database, in the order of the
 * module layers (lower modules first) so later loaders find what earlier ones made.
 */
public interface DemoDataLoader extends Ordered {

  void load();
}
