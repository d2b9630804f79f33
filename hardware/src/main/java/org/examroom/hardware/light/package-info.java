/**
 * The station's status light: what it shows, and the lights that show it.
 */
package org.examroom.hardware.light;
