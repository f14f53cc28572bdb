package org.transcriptbot.index.semantic;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Keeps the process from exiting while a thread is inside ONNX Runtime. ONNX Runtime's Java binding
 * frees its native environment in a shutdown hook of its own, and shutdown hooks run in no set
 * order: a thread then loading the model or embedding a passage (the background embedding, as the
 * console chat or a command ends, or as the bot is stopped with SIGTERM) crashed the JVM with
 * SIGBUS: the crash report on standard output, an {@code hs_err_pid*.log} left in the working
 * folder, exit code 134. So before the process exits, new calls are refused and those in flight
 * finish (each a few milliseconds, loading the model about a second; at most {@link
 * #DRAIN_MILLIS}): the command line does so before {@code System.exit}, and once ONNX Runtime is in
 * use the termination signals (TERM, INT, HUP) do so before the JVM's own handling of them starts
 * the shutdown hooks. A shutdown hook does it too, for any other way out.
 */
public final class NativeCalls {
    private static final Logger LOG = LoggerFactory.getLogger(NativeCalls.class);

    /** The longest the exit waits for calls in flight. */
    static final long DRAIN_MILLIS = 20_000;

    private static final Object LOCK = new Object();
    private static int inFlight;
    private static boolean closing;
    private static boolean installed;

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
            if (!installed) {
                installed = true;
                install();
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

    /**
     * Refuses new calls into ONNX Runtime and waits for those in flight (bounded): call before the
     * process exits. Cheap when ONNX Runtime was never used.
     */
    public static void quiesce() {
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

    private static void install() {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(NativeCalls::quiesce, "onnx-runtime-drain"));
        for (String name : new String[] {"TERM", "INT", "HUP"}) {
            quiesceBefore(name);
        }
    }

    /**
     * Has the signal first quiesce, then do what it did (the JVM's handler, which runs the shutdown
     * hooks). A signal ignored or left to the system (nohup, -Xrs) is left alone.
     */
    private static void quiesceBefore(String name) {
        try {
            Signal signal = new Signal(name);
            SignalHandler[] previous = new SignalHandler[1];
            SignalHandler ours =
                    s -> {
                        quiesce();
                        SignalHandler then;
                        synchronized (previous) {
                            then = previous[0];
                        }
                        if (then != null) {
                            then.handle(s);
                        } else {
                            System.exit(128 + s.getNumber()); // arrived while being installed
                        }
                    };
            synchronized (previous) {
                SignalHandler old = Signal.handle(signal, ours);
                if (old == SignalHandler.SIG_IGN || old == SignalHandler.SIG_DFL) {
                    Signal.handle(signal, old);
                } else {
                    previous[0] = old;
                }
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            LOG.debug("SIG{} is handled as before ({})", name, e.toString());
        }
    }
}
