/**
 * The invigilators' and committee's console, started by {@link org.examroom.console.ConsoleApp}.
 */
package org.examroom.console;
