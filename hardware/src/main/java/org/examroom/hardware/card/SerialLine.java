package org.examroom.hardware.card;

import java.io.IOException;

/** The receiving side of a serial port: what a serial card reader reads from. */
public interface SerialLine extends AutoCloseable {

    /**
     * Reads the bytes available into the buffer, waiting a little when there are none.
     *
     * @return how many bytes were read (0 when none came), or -1 when the line is gone
     */
    int read(byte[] buffer) throws IOException;

    @Override
    void close() throws IOException;
}
