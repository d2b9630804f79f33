/** What the face checks' events add up to for a person reviewing an attempt: the trust score. */
package org.examroom.common.proctoring;
