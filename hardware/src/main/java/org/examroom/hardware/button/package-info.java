/**
 * The station's help button: debounced presses on a GPIO pin.
 */
package org.examroom.hardware.button;
