/** What the launcher's walks and end-to-end tests share: the movable clock and the pictures they take. */
package org.examroom.launcher.testing;
