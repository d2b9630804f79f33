/**
 * Face checks on the terminal: the enrolled applicant is the one writing, stays at the desk and is alone.
 */
package org.examroom.face;
