/**
 * The applicant's personal clock: deadline and remaining time from the schedule, admission, late-arrival
 * policy, extra time, extensions and pauses, at any instant of an injected clock.
 */
package org.examroom.common.timekeeping;
