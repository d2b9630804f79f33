/**
 * The internal item model that every imported format becomes: items, interactions, response declarations and their
 * scoring, tests with sections and weighted item references, and the importer that recognises a file's format.
 */
package org.examroom.common.content;
