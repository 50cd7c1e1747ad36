package io.afterdesk.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Watches the application's pool for a thread that takes a second connection while it still holds
 * one — the pattern that lets concurrent requests starve the pool (each holds one and waits for
 * another). Register it as a static {@code @Bean} of a test configuration; {@link #nested()} lists
 * where it happened.
 */
public final class ConnectionWatch implements BeanPostProcessor {

  private final ThreadLocal<Integer> held = ThreadLocal.withInitial(() -> 0);
  private final List<String> nested = new CopyOnWriteArrayList<>();

  /** Each time a thread asked for a connection while holding one: thread name and stack. */
  public List<String> nested() {
    return List.copyOf(nested);
  }

  public void reset() {
    nested.clear();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof Watched)) {
      return new Watched(dataSource);
    }
    return bean;
  }

  private final class Watched extends DelegatingDataSource {

    Watched(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return watch(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return watch(super.getConnection(username, password));
    }

    private Connection watch(Connection connection) {
      int before = held.get();
      if (before > 0) {
        StringBuilder stack = new StringBuilder(Thread.currentThread().getName());
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
          stack.append("\n  at ").append(frame);
        }
        nested.add(stack.toString());
      }
      held.set(before + 1);
      boolean[] closed = {false};
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if ("close".equals(method.getName()) && !closed[0]) {
                  closed[0] = true;
                  held.set(Math.max(0, held.get() - 1));
                }
                try {
                  return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }
}
