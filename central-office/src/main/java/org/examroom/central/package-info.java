/**
 * The central office: receives every site's signed sync chunks and answers for the whole admissions campaign.
 */
package org.examroom.central;
