package org.examroom.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

/** Test helpers around a Pi4J mock context. */
public final class MockGpio {

    private MockGpio() {
    }

    public static Context newContext() {
        return GpioPlatform.MOCK.newContext();
    }

    /** Whether the output with the given Pi4J id is high. */
    public static boolean high(Context pi4j, String outputId) {
        return pi4j.registry().get(outputId, DigitalOutput.class).state() == DigitalState.HIGH;
    }
}
