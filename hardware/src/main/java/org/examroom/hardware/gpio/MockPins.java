package org.examroom.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Sets the level of an input pin on Pi4J's mock platform, as a finger on a button would. The mock
 * plugin is a runtime dependency only, so its one method for this is reached by name.
 */
public final class MockPins {

    private MockPins() {
    }

    /** Drives the mock input with the given Pi4J id to the given level. */
    public static void setLevel(Context pi4j, String inputId, DigitalState level) {
        DigitalInput input = pi4j.registry().get(inputId, DigitalInput.class);
        try {
            Method mockState = input.getClass().getMethod("mockState", DigitalState.class);
            mockState.invoke(input, level);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Input " + inputId + " is not on Pi4J's mock platform ("
                    + input.getClass().getName() + ")", e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Pi4J's mock input refused to be driven: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Pi4J's mock input failed: " + e.getCause(), e.getCause());
        }
    }
}
