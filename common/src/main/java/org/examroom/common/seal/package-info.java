/**
 * Sealed exam packages: variants, items, media and reference answers encrypted (AES-256-GCM) and signed (Ed25519) by
 * the central office; verified without the unseal key, opened only with it.
 */
package org.examroom.common.seal;
