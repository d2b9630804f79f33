/**
 * One applicant's attempt at one exam as an explicit state machine: every change is an event with its
 * time and actor, and an illegal change is refused with a reason.
 */
package org.examroom.common.attempt;
