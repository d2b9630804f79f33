/**
 * The HTTP API that terminals and consoles use, one service per resource.
 */
package org.examroom.room.api;
