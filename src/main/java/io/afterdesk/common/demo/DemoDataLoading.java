package io.afterdesk.common.demo;

/**
 * Whether the current thread is loading the demo data. Demo messages must never reach anybody: demo
 * customers have made-up addresses that may still exist, so mail is not queued meanwhile.
 */
public final class DemoDataLoading {

  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private DemoDataLoading() {}

  /** Runs the loaders with mail switched off for this thread. */
  public static void run(Runnable loading) {
    ACTIVE.set(true);
    try {
      loading.run();
    } finally {
      ACTIVE.remove();
    }
  }

  public static boolean isActive() {
    return ACTIVE.get();
  }
}
