/**
 * The office's HTTP API: sites' chunk intake, site registration and the views, with RFC 9457 problem details.
 */
package org.examroom.central.api;
