/**
 * What clients need to talk to a room controller safely: trusting the room's own CA.
 */
package org.examroom.common.net;
