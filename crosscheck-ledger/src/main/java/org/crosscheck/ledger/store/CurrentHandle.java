package org.crosscheck.ledger.store;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * The handle of the read or transaction running on this thread. The DAOs are made once, on this supplier, and
 * each call runs on the current handle: attaching a SqlObject to every transaction's handle cost more than the
 * statements it ran. Thread-safe: each thread sees its own handle.
 */
final class CurrentHandle implements HandleSupplier {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    CurrentHandle(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code work} with {@code h} as this thread's handle. */
    <T> T with(Handle h, Supplier<T> work) {
        Handle outer = current.get();
        current.set(h);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    @Override
    public Handle getHandle() {
        Handle h = current.get();
        if (h == null) {
            throw new IllegalStateException("a ledger DAO was used outside Database.read or Database.write");
        }
        return h;
    }

    @Override
    public Jdbi getJdbi() {
        return jdbi;
    }

    @Override
    public ConfigRegistry getConfig() {
        return jdbi.getConfig();
    }

    /** The DAOs carry no configuration of their own: their statements run with the handle's. */
    @Override
    public <V> V invokeInContext(ExtensionContext extensionContext, Callable<V> task) throws Exception {
        return task.call();
    }

    @Override
    public void close() {
        // The handles are the database's to close.
    }
}
