/**
 * The audit trail's hash chain, computed the same way by the room that writes it and the office that checks it.
 */
package org.examroom.common.audit;
