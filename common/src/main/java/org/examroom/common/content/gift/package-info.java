/**
 * GIFT import: Moodle's plain-text question format, graded as Moodle grades the questions it makes of it.
 */
package org.examroom.common.content.gift;
