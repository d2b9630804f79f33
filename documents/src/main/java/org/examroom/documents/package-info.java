/** The room's printed documents (registers, slips, acts, applications, protocols) rendered as A4 PDF with an embedded Cyrillic font. */
package org.examroom.documents;
