package org.pustaka.kiosk.ui.events;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/** Runs a blocking desk call on the worker and hands its result to the event thread. */
public final class OffEdt {
    private final Executor worker;

    public OffEdt(Executor worker) {
        this.worker = worker;
    }

    public <T> void run(Supplier<T> call, Consumer<T> onEdt) {
        worker.execute(() -> {
            T result = call.get();
            SwingUtilities.invokeLater(() -> onEdt.accept(result));
        });
    }
}
