/**
 * The terminal's side of the room controller's API, over HTTPS, and the credential that pairing earns.
 */
package org.examroom.terminal.client;
