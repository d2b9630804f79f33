/**
 * Devices the terminal uses, each behind a small interface with a real and a simulated implementation.
 */
package org.examroom.hardware;
