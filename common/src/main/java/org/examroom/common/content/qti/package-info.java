/**
 * IMS QTI 2.1, 2.2 and 3.0 import: items, assessment tests and IMS content packages become the internal model.
 */
package org.examroom.common.content.qti;
