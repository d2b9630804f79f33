/**
 * The exam's rules with numbers in them — late arrival, extra time, leaving the room, absence, attempts,
 * reserve days, marking open answers, appeals — as per-exam values with presets named after the regulations; each decision says why.
 */
package org.examroom.common.policy;
