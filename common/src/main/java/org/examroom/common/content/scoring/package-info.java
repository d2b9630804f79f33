/**
 * Per-item scoring: turns an applicant's responses to one item into points exactly as the item's source format
 * defines it (QTI response processing, Moodle fractions), and tells what the declared correct answer earns.
 */
package org.examroom.common.content.scoring;
