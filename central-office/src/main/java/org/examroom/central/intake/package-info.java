/**
 * Taking in sites' sync chunks: registration of sites, signature and chain checks, storage or refusal.
 */
package org.examroom.central.intake;
