/** The admission desk: finding the applicant, the passport check, the policy's decision, the access key; the observer log. */
package org.examroom.console.screen.admission;
