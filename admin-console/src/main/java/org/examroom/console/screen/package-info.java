/**
 * The console's screens: each a view bound to a view model that needs no running toolkit, talking to the controller
 * through {@link org.examroom.console.client.StaffApi} by way of {@link org.examroom.console.screen.Calls}.
 */
package org.examroom.console.screen;
