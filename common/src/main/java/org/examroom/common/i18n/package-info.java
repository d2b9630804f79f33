/**
 * Texts for people, in Russian first and English second, from resource bundles.
 */
package org.examroom.common.i18n;
