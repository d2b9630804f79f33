/**
 * HTTPS by default: a room CA and a server certificate made at first start, whose fingerprint the
 * console shows so terminals can be checked against it.
 */
package org.examroom.room.tls;
