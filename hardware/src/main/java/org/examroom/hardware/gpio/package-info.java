/**
 * Pi4J contexts for a Raspberry Pi station or for its simulation on Pi4J's mock platform.
 */
package org.examroom.hardware.gpio;
