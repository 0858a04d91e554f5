package org.crosscheck.cli;

import java.util.concurrent.ExecutionException;

/** What a worker thread threw, thrown again on the thread that waited for it. */
final class Futures {
    private Futures() {
    }

    /**
     * Throws the cause of {@code e} when it is an {@link Error} (an OutOfMemoryError ends the run, never caught);
     * returns it for the caller to throw when it is a RuntimeException, or wrapped when it is checked.
     */
    static RuntimeException cause(ExecutionException e) {
        if (e.getCause() instanceof Error er) {
            throw er;
        }
        if (e.getCause() instanceof RuntimeException re) {
            return re;
        }
        return new IllegalStateException(e.getCause());
    }
}
