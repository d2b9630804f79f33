/**
 * The console's side of the room controller's API, over HTTP.
 */
package org.examroom.console.client;
