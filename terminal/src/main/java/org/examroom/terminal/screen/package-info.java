/**
 * The kiosk's screens, one package each: a view that binds to its view model.
 */
package org.examroom.terminal.screen;
