/**
 * The console's screens, one package each: a view that binds to its view model.
 */
package org.examroom.console.screen;
