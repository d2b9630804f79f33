/**
 * Simulated people for the demo and the benchmarks: an HTTP client of the controller's API, and a clock
 * that can stand still or run fast.
 */
package org.examroom.launcher.sim;
