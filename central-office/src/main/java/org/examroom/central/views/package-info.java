/**
 * What the admissions office reads: who sat where, results against pass marks, acts, the one-attempt check, exports.
 */
package org.examroom.central.views;
