/**
 * The terminal's devices: which ones to open, and how the light, the help button, card readers and QR slips follow and feed the terminal.
 */
package org.examroom.terminal.device;
