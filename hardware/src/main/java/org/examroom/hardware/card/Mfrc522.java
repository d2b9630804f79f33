package org.examroom.hardware.card;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The NXP MFRC522 13.56 MHz reader (the common "RC522" module) over SPI: enough of the chip to find
 * an ISO 14443-A card in the field and read its 4-byte UID (cascade level 1; MIFARE Classic cards
 * and most student cards). Register numbers and sequences are from the MFRC522 data sheet, §9 and §10.
 */
public final class Mfrc522 {

    /** A full-duplex SPI transfer: the bytes clocked out, and the bytes clocked in at the same time. */
    @FunctionalInterface
    public interface Bus {
        byte[] transfer(byte[] out) throws IOException;
    }

    // Registers (data sheet §9.2)
    static final int COMMAND = 0x01;
    static final int COM_IRQ = 0x04;
    static final int ERROR = 0x06;
    static final int FIFO_DATA = 0x09;
    static final int FIFO_LEVEL = 0x0A;
    static final int BIT_FRAMING = 0x0D;
    static final int MODE = 0x11;
    static final int TX_CONTROL = 0x14;
    static final int TX_ASK = 0x15;
    static final int T_MODE = 0x2A;
    static final int T_PRESCALER = 0x2B;
    static final int T_RELOAD_H = 0x2C;
    static final int T_RELOAD_L = 0x2D;
    static final int VERSION = 0x37;

    // Commands (§10.3)
    static final int IDLE = 0x00;
    static final int TRANSCEIVE = 0x0C;
    static final int SOFT_RESET = 0x0F;

    // Card commands (ISO 14443-3)
    static final int REQA = 0x26;
    static final int SELECT_CL1 = 0x93;

    private static final int RX_IRQ = 0x20;
    private static final int IDLE_IRQ = 0x10;
    private static final int TIMER_IRQ = 0x01;
    private static final int START_SEND = 0x80;

    private final Bus bus;

    public Mfrc522(Bus bus) {
        this.bus = bus;
    }

    /** Resets the chip, sets its 25 ms receive timeout and turns the antenna on. */
    public void initialise() throws IOException {
        write(COMMAND, SOFT_RESET);
        for (int i = 0; i < 50 && (read(COMMAND) & 0x10) != 0; i++) {
            sleep(1); // PowerDown bit clears when the oscillator is back
        }
        write(T_MODE, 0x80);       // timer starts at the end of each transmission
        write(T_PRESCALER, 0xA9);  // 13.56 MHz / (2 * 169 + 1) ≈ 40 kHz, 25 µs a tick
        write(T_RELOAD_H, 0x03);
        write(T_RELOAD_L, 0xE8);   // 1000 ticks = 25 ms
        write(TX_ASK, 0x40);       // 100 % ASK modulation
        write(MODE, 0x3D);         // CRC preset 0x6363 (ISO 14443-3)
        int tx = read(TX_CONTROL);
        if ((tx & 0x03) != 0x03) {
            write(TX_CONTROL, tx | 0x03); // antenna drivers TX1 and TX2 on
        }
    }

    /** The chip's version byte (0x91 or 0x92 for genuine chips, 0x88 for common clones). */
    public int version() throws IOException {
        return read(VERSION);
    }

    /** The UID of the card in the field, if one answers. */
    public Optional<byte[]> readUid() throws IOException {
        write(BIT_FRAMING, 0x07); // REQA is a short frame of 7 bits
        Optional<byte[]> atqa = transceive(new byte[] {REQA});
        if (atqa.isEmpty() || atqa.get().length != 2) {
            return Optional.empty();
        }
        write(BIT_FRAMING, 0x00);
        Optional<byte[]> answer = transceive(new byte[] {(byte) SELECT_CL1, 0x20}); // anticollision, cascade level 1
        if (answer.isEmpty() || answer.get().length != 5) {
            return Optional.empty();
        }
        byte[] uidAndCheck = answer.get();
        byte bcc = 0;
        for (int i = 0; i < 4; i++) {
            bcc ^= uidAndCheck[i];
        }
        if (bcc != uidAndCheck[4]) {
            return Optional.empty(); // two cards collided or the read was disturbed
        }
        return Optional.of(Arrays.copyOf(uidAndCheck, 4));
    }

    private Optional<byte[]> transceive(byte[] data) throws IOException {
        write(COMMAND, IDLE);
        write(COM_IRQ, 0x7F);     // clear interrupt flags
        write(FIFO_LEVEL, 0x80);  // flush the FIFO
        for (byte b : data) {
            write(FIFO_DATA, b & 0xFF);
        }
        write(COMMAND, TRANSCEIVE);
        write(BIT_FRAMING, read(BIT_FRAMING) | START_SEND);
        int irq = 0;
        for (int polls = 0; polls < 40; polls++) {
            irq = read(COM_IRQ);
            if ((irq & (RX_IRQ | IDLE_IRQ | TIMER_IRQ)) != 0) {
                break;
            }
            sleep(1);
        }
        write(BIT_FRAMING, read(BIT_FRAMING) & ~START_SEND);
        if ((irq & (RX_IRQ | IDLE_IRQ)) == 0 || (read(ERROR) & 0x13) != 0) {
            return Optional.empty(); // timeout (no card) or a buffer, parity or protocol error
        }
        int length = read(FIFO_LEVEL);
        byte[] received = new byte[length];
        for (int i = 0; i < length; i++) {
            received[i] = (byte) read(FIFO_DATA);
        }
        return Optional.of(received);
    }

    private int read(int register) throws IOException {
        byte[] in = bus.transfer(new byte[] {(byte) (0x80 | ((register << 1) & 0x7E)), 0});
        return in[1] & 0xFF;
    }

    private void write(int register, int value) throws IOException {
        bus.transfer(new byte[] {(byte) ((register << 1) & 0x7E), (byte) value});
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to the MFRC522", e);
        }
    }
}
