/**
 * Sending the room's record to the central office: signed chunks, in order, resumed after a cut, with a status for the console.
 */
package org.examroom.room.sync;
