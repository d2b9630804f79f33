/**
 * What a room and the central office both need to agree on a sync chunk: its Ed25519 signature and its hash.
 */
package org.examroom.common.sync;
