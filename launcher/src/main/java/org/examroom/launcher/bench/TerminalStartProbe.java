package org.examroom.launcher.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.examroom.terminal.TerminalApp;

/**
 * The child JVM of {@code bench terminal-start}: launches the real {@link TerminalApp} with the arguments given and
 * prints {@value #SHOWN} on standard output in the first pulse whose laid-out scene holds the seat screen, then
 * exits. The parent times from starting this process to reading the line.
 */
public final class TerminalStartProbe {

    /** The line the parent waits for; followed by this JVM's uptime in ms. */
    static final String SHOWN = "seat-screen-shown";

    private static final AtomicBoolean shown = new AtomicBoolean();

    private TerminalStartProbe() {
    }

    public static void main(String[] args) {
        Thread.ofPlatform().daemon().name("start-probe").start(TerminalStartProbe::watchOnceTheToolkitIsUp);
        Application.launch(TerminalApp.class, args);
    }

    private static void watchOnceTheToolkitIsUp() {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            try {
                Platform.runLater(TerminalStartProbe::watchWindows);
                return;
            } catch (IllegalStateException toolkitNotYetStarted) {
                Thread.onSpinWait();
            }
        }
    }

    private static void watchWindows() {
        Window.getWindows().forEach(TerminalStartProbe::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(TerminalStartProbe::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            watch(window.getScene());
        }
        window.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                watch(scene);
            }
        });
    }

    private static void watch(Scene scene) {
        scene.addPostLayoutPulseListener(() -> {
            if (scene.lookup("#screen-seat") != null && shown.compareAndSet(false, true)) {
                System.out.println(SHOWN + " " + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
                Platform.exit();
                Runtime.getRuntime().halt(0);
            }
        });
    }
}
