package io.afterdesk.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements that the current thread sends to the database while {@link
 * #during(Callable)} runs, so a test can tell a read path that asks once from one that asks per
 * row. Only the calling thread is counted: background jobs and event listeners running meanwhile do
 * not blur the number. Use it with MockMvc, which serves a request on the test's thread. Register
 * it as a static {@code @Bean} of a test configuration (it wraps the application's data source).
 *
 * <pre>
 * StatementCounter.Counted page = counter.during(() -> mvc.perform(get("/helpdesk/tickets/7")));
 * assertThat(page.count()).as(page.describe()).isLessThan(40);
 * </pre>
 */
public final class StatementCounter implements BeanPostProcessor {

  /** The statements one call sent: their SQL, in order; a batch counts once. */
  public record Counted(List<String> statements) {

    public int count() {
      return statements.size();
    }

    /**
     * The count and each distinct statement with how often it was sent, most frequent first (the
     * one asked per row stands out), for an assertion's description.
     */
    public String describe() {
      Map<String, Long> times =
          statements.stream()
              .map(sql -> sql.length() > 200 ? sql.substring(0, 200) + "…" : sql)
              .collect(
                  Collectors.groupingBy(sql -> sql, LinkedHashMap::new, Collectors.counting()));
      StringBuilder text = new StringBuilder(count() + " statements:");
      times.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> text.append("\n  ").append(e.getValue()).append(" × ").append(e.getKey()));
      return text.toString();
    }
  }

  private final ThreadLocal<@Nullable List<String>> recording = new ThreadLocal<>();

  /** Runs the work on this thread and answers the statements it sent. */
  public Counted during(Callable<?> work) throws Exception {
    List<String> statements = new ArrayList<>();
    recording.set(statements);
    try {
      work.call();
    } finally {
      recording.remove();
    }
    return new Counted(List.copyOf(statements));
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
      return new Counting(dataSource);
    }
    return bean;
  }

  private void record(String sql) {
    List<String> statements = recording.get();
    if (statements != null) {
      statements.add(sql.replaceAll("\\s+", " ").trim());
    }
  }

  private final class Counting extends DelegatingDataSource {

    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return connection(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return connection(super.getConnection(username, password));
    }
  }

  private Connection connection(Connection target) {
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          if (result instanceof CallableStatement statement) {
            return statement(CallableStatement.class, statement, (String) args[0]);
          }
          if (result instanceof PreparedStatement statement) {
            return statement(PreparedStatement.class, statement, (String) args[0]);
          }
          if (result instanceof Statement statement) {
            return statement(Statement.class, statement, null);
          }
          return result;
        });
  }

  /**
   * A statement that records its SQL each time it is executed: the prepared SQL, or for a plain
   * statement the SQL handed to {@code execute}.
   */
  private <T extends Statement> T statement(Class<T> type, T target, @Nullable String prepared) {
    List<String> batch = new ArrayList<>();
    return proxy(
        type,
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("addBatch") && args != null && args.length == 1) {
            batch.add((String) args[0]);
          } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
            record(prepared != null ? prepared + " (batch)" : String.join("; ", batch));
            batch.clear();
          } else if (name.startsWith("execute")) {
            record(prepared != null ? prepared : (String) args[0]);
          }
          return invoke(target, method, args);
        });
  }

  private static Object invoke(Object target, Method method, Object @Nullable [] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
