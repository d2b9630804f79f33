/**
 * Automatic seating: applicants to marked seats so that neighbours get different variants, with a
 * separate room for applicants who need one.
 */
package org.examroom.common.seating;
