/**
 * The room as it is now: which terminals are alive, what they are told on their next heartbeat, each
 * attempt's clock, and a version number consoles long-poll for changes.
 */
package org.examroom.room.push;
