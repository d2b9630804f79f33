package org.examroom.console.screen;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.examroom.console.client.StaffApiException;

/**
 * Runs the console's calls to the controller off the UI thread and hands the outcome back on it, so a view model
 * never blocks the screen and never touches its properties from another thread.
 */
public final class Calls {

    /** A call to the controller. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws StaffApiException;
    }

    /** A call with nothing to answer. */
    @FunctionalInterface
    public interface Action {
        void run() throws StaffApiException;
    }

    private final Executor io;
    private final Executor ui;

    public Calls(Executor io, Executor ui) {
        this.io = io;
        this.ui = ui;
    }

    public Executor ui() {
        return ui;
    }

    /** Runs {@code call} on the I/O executor; {@code done} or {@code failed} then run on the UI thread. */
    public <T> void run(Call<T> call, Consumer<T> done, Consumer<StaffApiException> failed) {
        io.execute(() -> {
            try {
                T value = call.run();
                ui.execute(() -> done.accept(value));
            } catch (StaffApiException e) {
                ui.execute(() -> failed.accept(e));
            } catch (RuntimeException e) {
                StaffApiException.Refused fault = new StaffApiException.Refused(0,
                        "Ошибка консоли: " + e, "A fault of the console: " + e, java.util.Optional.empty());
                ui.execute(() -> failed.accept(fault));
            }
        });
    }

    /** Like {@link #run(Call, Consumer, Consumer)}, for a call with nothing to answer. */
    public void perform(Action action, Runnable done, Consumer<StaffApiException> failed) {
        run(() -> {
            action.run();
            return Boolean.TRUE;
        }, ignored -> done.run(), failed);
    }
}
