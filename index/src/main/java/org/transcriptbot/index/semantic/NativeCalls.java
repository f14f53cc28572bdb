package org.transcriptbot.index.semantic;

import java.util.function.Supplier;

/**
 * Keeps the process from exiting while a thread is inside ONNX Runtime. When the JVM exits, the
 * native library's static objects are destroyed while daemon threads still run; a thread then
 * loading the model or embedding a passage (the background embedding, as a short command such as
 * {@code inspect} or a one-question {@code search} ends) crashed the JVM with SIGBUS: the crash
 * report printed on standard output, an {@code hs_err_pid*.log} left in the working folder, exit
 * code 134. A shutdown hook refuses new calls and waits for those in flight (each a few
 * milliseconds, loading the model about a second; at most {@link #DRAIN_MILLIS}).
 */
final class NativeCalls {
    /** The longest the exit waits for calls in flight. */
    static final long DRAIN_MILLIS = 20_000;

    private static final Object LOCK = new Object();
    private static int inFlight;
    private static boolean closing;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(NativeCalls::drain, "onnx-runtime-drain"));
    }

    /** Thrown instead of starting a native call while the process exits. */
    static final class Exiting extends IllegalStateException {
        Exiting() {
            super("the process is exiting");
        }
    }

    private NativeCalls() {}

    /** Runs a call into ONNX Runtime, counted; refused with Exiting once the process exits. */
    static <T> T call(Supplier<T> call) {
        synchronized (LOCK) {
            if (closing) {
                throw new Exiting();
            }
            inFlight++;
        }
        try {
            return call.get();
        } finally {
            synchronized (LOCK) {
                inFlight--;
                LOCK.notifyAll();
            }
        }
    }

    /** True once the process has begun to exit. */
    static boolean exiting() {
        synchronized (LOCK) {
            return closing;
        }
    }

    /** Refuses new calls and waits for those in flight (bounded). */
    static void drain() {
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        synchronized (LOCK) {
            closing = true;
            long left;
            while (inFlight > 0 && (left = deadline - System.currentTimeMillis()) > 0) {
                try {
                    LOCK.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Calls in flight now (for tests). */
    static int inFlight() {
        synchronized (LOCK) {
            return inFlight;
        }
    }
}
