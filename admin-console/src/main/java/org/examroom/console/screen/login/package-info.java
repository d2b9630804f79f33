/**
 * Staff sign-in: every console action is done by a named person in a role.
 */
package org.examroom.console.screen.login;
