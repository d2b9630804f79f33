/**
 * Exam variants: ordered sets of items, built from pools (select N of M, shuffle) deterministically from a seed, so
 * the same seed gives the same variant on every machine.
 */
package org.examroom.common.variant;
