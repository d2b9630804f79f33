/** A site's own certificate authority and server certificate, made at first start, for HTTPS between machines. */
package org.examroom.tls;
