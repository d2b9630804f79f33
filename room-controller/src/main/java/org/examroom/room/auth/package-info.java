/**
 * Who is calling: staff with roles and slow-hashed passwords, terminals with revocable credentials,
 * one-time pairing codes, and the guard every mutating call passes.
 */
package org.examroom.room.auth;
