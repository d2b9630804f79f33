/** An item's XHTML read into paragraphs, lists, tables, styled text and images, and shown as JavaFX text flows. */
package org.examroom.terminal.screen.richtext;
