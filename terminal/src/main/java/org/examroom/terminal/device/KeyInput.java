package org.examroom.terminal.device;

/**
 * Where device-entered keys go: the key-entry screen's view model. Called on the UI thread, and
 * only while key entry is open.
 */
@FunctionalInterface
public interface KeyInput {

    void enter(KeyEntry entry);
}
