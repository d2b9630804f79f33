/**
 * Access keys: what the applicant types, scans or reads from a card to open their own attempt.
 */
package org.examroom.common.key;
