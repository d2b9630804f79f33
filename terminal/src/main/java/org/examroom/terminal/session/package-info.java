/**
 * The running attempt as the terminal lives it: the heartbeat that carries the controller's clock and instructions,
 * and the sender that replays the journal to the controller in order, online or after an outage.
 */
package org.examroom.terminal.session;
