package org.pustaka.central.circulation;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose statements stop the service at the Nth execution, counted across every data source that
 * shares one {@link Countdown}: the process "dies" before that statement reaches the database. Locks held on a
 * connection are freed as they are when a process dies (the session closes its connection).
 */
final class CrashingDataSource implements DataSource {

    /** Thrown instead of running the fatal statement. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(int n) {
            super("simulated crash before statement " + n);
        }
    }

    /** Counts executions; armed with N, the Nth execution throws. */
    static final class Countdown {
        private final AtomicInteger left = new AtomicInteger(Integer.MAX_VALUE);
        private volatile int armedAt;

        void arm(int n) {
            armedAt = n;
            left.set(n);
        }

        void tick() {
            if (left.decrementAndGet() == 0) {
                throw new SimulatedCrash(armedAt);
            }
        }
    }

    private final DataSource target;
    private final Countdown countdown;

    CrashingDataSource(DataSource target, Countdown countdown) {
        this.target = target;
        this.countdown = countdown;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(target.getConnection(user, password));
    }

    private Connection wrap(Connection c) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(c, method, args);
            if (result instanceof Statement s) {
                return statement(s, method.getReturnType());
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private Object statement(Statement s, Class<?> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                countdown.tick();
            }
            return invoke(s, method, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
