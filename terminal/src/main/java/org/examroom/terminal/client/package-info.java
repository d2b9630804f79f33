/**
 * The terminal's side of the room controller's API, over HTTP.
 */
package org.examroom.terminal.client;
