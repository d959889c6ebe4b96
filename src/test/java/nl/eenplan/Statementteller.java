package nl.eenplan;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application sends to the database from threads whose name starts with a prefix (the class upload's
 * workers: {@code cohort-}): the round trips (each execute, and each batch once) and the statements (a batch of n
 * counts n). Counts, not time: the machine is shared (issue #25). Import it into a test's configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Statementteller {

    /** What was counted since the last {@link #opnieuw()}. */
    public record Telling(long rondreizen, long statements) {
    }

    private static volatile String draden = "cohort-";
    private static final AtomicLong RONDREIZEN = new AtomicLong();
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong COMMITS = new AtomicLong();
    private static final java.util.Queue<String> SQL = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Starts counting again, for threads whose name starts with this prefix. */
    public static void opnieuw(String voorvoegsel) {
        draden = voorvoegsel;
        RONDREIZEN.set(0);
        STATEMENTS.set(0);
        COMMITS.set(0);
        SQL.clear();
    }

    /** The commits counted since the last {@link #opnieuw()}. */
    public static long commits() {
        return COMMITS.get();
    }

    /**
     * The SQL of each prepared statement executed since the last {@link #opnieuw()}, a batch once, in order (to find
     * repeats, or which way something was written).
     */
    public static java.util.List<String> sql() {
        return java.util.List.copyOf(SQL);
    }

    public static Telling telling() {
        return new Telling(RONDREIZEN.get(), STATEMENTS.get());
    }

    @Bean
    static BeanPostProcessor statementtellerOpDeDatabron() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String naam) {
                if (bean instanceof DataSource bron && !(bean instanceof Tellend)) {
                    return new Tellend(bron);
                }
                return bean;
            }
        };
    }

    private static boolean telt() {
        return Thread.currentThread().getName().startsWith(draden);
    }

    /** The data source, with every connection's statements counted. */
    static final class Tellend extends DelegatingDataSource {

        Tellend(DataSource bron) {
            super(bron);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return verbinding(super.getConnection());
        }

        @Override
        public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
            return verbinding(super.getConnection(gebruiker, wachtwoord));
        }

        private static Connection verbinding(Connection echt) {
            return (Connection) Proxy.newProxyInstance(Statementteller.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, methode, argumenten) -> {
                        if (methode.getName().equals("equals")) {
                            return proxy == argumenten[0];
                        }
                        if (methode.getName().equals("hashCode")) {
                            return System.identityHashCode(proxy);
                        }
                        if (methode.getName().equals("commit") && telt()) {
                            COMMITS.incrementAndGet();
                        }
                        Object uitkomst = roep(echt, methode, argumenten);
                        if (uitkomst instanceof Statement s && !(uitkomst instanceof Proxy)) {
                            return statement(s, argumenten != null && argumenten.length > 0
                                    && argumenten[0] instanceof String sql ? sql : null);
                        }
                        return uitkomst;
                    });
        }

        private static Statement statement(Statement echt, String sql) {
            Class<?> soort = echt instanceof CallableStatement ? CallableStatement.class
                    : echt instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            long[] inBatch = {0};
            InvocationHandler teller = (proxy, methode, argumenten) -> {
                String naam = methode.getName();
                if (naam.equals("equals")) {
                    return proxy == argumenten[0];
                }
                if (naam.equals("hashCode")) {
                    return System.identityHashCode(proxy);
                }
                if (naam.equals("addBatch") && telt()) {
                    inBatch[0]++;
                } else if (naam.equals("clearBatch")) {
                    inBatch[0] = 0;
                } else if ((naam.equals("executeBatch") || naam.equals("executeLargeBatch")) && telt()) {
                    RONDREIZEN.incrementAndGet();
                    STATEMENTS.addAndGet(inBatch[0]);
                    inBatch[0] = 0;
                    Object uitkomst = roep(echt, methode, argumenten);
                    // Listed once it ran: a batch the database refused is not.
                    SQL.add(sql != null ? sql : "?");
                    return uitkomst;
                } else if (naam.startsWith("execute") && telt()) {
                    RONDREIZEN.incrementAndGet();
                    STATEMENTS.incrementAndGet();
                    SQL.add(sql != null ? sql : argumenten != null && argumenten.length > 0 ? String.valueOf(argumenten[0]) : "?");
                }
                return roep(echt, methode, argumenten);
            };
            return (Statement) Proxy.newProxyInstance(Statementteller.class.getClassLoader(), new Class<?>[] {soort},
                    teller);
        }

        private static Object roep(Object echt, Method methode, Object[] argumenten) throws Throwable {
            try {
                return methode.invoke(echt, argumenten);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
