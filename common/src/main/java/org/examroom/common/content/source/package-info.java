/**
 * Reading untrusted content files safely: XML without DTDs, external entities or network access, and zips without
 * path traversal or decompression bombs.
 */
package org.examroom.common.content.source;
