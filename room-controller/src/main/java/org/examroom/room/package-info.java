/**
 * The room controller: the room's server and source of truth, started by {@link org.examroom.room.RoomController}.
 */
package org.examroom.room;
