/** The room's documents: made by the controller or the console, viewed page by page, saved for printing. */
package org.examroom.console.screen.documents;
