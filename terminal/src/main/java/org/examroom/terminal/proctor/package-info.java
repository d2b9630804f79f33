/**
 * The face checks on the terminal and what it reports about the room around the applicant: the checks opened from
 * the model folder, the camera for the screens that watch it, monitoring during the test, and the events (extra
 * monitors, face checks unavailable, what monitoring saw) sent to the controller in order.
 */
package org.examroom.terminal.proctor;
