/** The proctoring an applicant is under: the preset that monitors them, and what its events add up to for a reviewer (the trust score). */
package org.examroom.common.proctoring;
