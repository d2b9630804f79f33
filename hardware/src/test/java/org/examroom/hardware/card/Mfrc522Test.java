package org.examroom.hardware.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The MFRC522 driver against a model of the chip's registers and a card in its field. */
class Mfrc522Test {

    private final FakeMfrc522 chip = new FakeMfrc522();

    @Test
    void initialisingTurnsTheAntennaOnAndSetsTheTimeout() throws IOException {
        new Mfrc522(chip).initialise();
        assertThat(chip.register(Mfrc522.TX_CONTROL) & 0x03).isEqualTo(0x03);
        assertThat(chip.register(Mfrc522.T_RELOAD_H) << 8 | chip.register(Mfrc522.T_RELOAD_L)).isEqualTo(1000);
        assertThat(chip.softResets).isEqualTo(1);
    }

    @Test
    void readsTheUidOfACardInTheField() throws IOException {
        Mfrc522 reader = new Mfrc522(chip);
        reader.initialise();
        assertThat(reader.readUid()).isEmpty();

        chip.card = new byte[] {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3};
        assertThat(reader.readUid()).hasValueSatisfying(uid ->
                assertThat(uid).containsExactly(0x04, 0xA1, 0xB2, 0xC3));
    }

    @Test
    void aCorruptedUidIsNotRead() throws IOException {
        Mfrc522 reader = new Mfrc522(chip);
        reader.initialise();
        chip.card = new byte[] {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3};
        chip.corruptCheckByte = true;
        assertThat(reader.readUid()).isEmpty();
    }

    @Test
    void theReaderReportsATapOnceWhileTheCardStays() throws Exception {
        BlockingQueue<CardId> read = new LinkedBlockingQueue<>();
        boolean[] released = new boolean[1];
        try (Mfrc522CardReader reader = new Mfrc522CardReader(new Mfrc522(chip), () -> released[0] = true)) {
            reader.onCard(read::add);
            chip.card = new byte[] {0x12, 0x34, 0x56, 0x78};
            assertThat(read.poll(3, TimeUnit.SECONDS)).isEqualTo(new CardId("12345678"));
            assertThat(read.poll(600, TimeUnit.MILLISECONDS)).isNull();
        }
        assertThat(released[0]).isTrue();
    }

    /**
     * The registers the driver touches, with the chip's Transceive behaviour: a card in the field
     * answers REQA with its ATQA and the cascade-level-1 anticollision with UID and check byte;
     * with no card the timer runs out.
     */
    static final class FakeMfrc522 implements Mfrc522.Bus {
        private final int[] registers = new int[64];
        private final java.util.ArrayDeque<Integer> fifo = new java.util.ArrayDeque<>();
        volatile byte[] card;
        volatile boolean corruptCheckByte;
        int softResets;

        FakeMfrc522() {
            registers[Mfrc522.VERSION] = 0x92;
            registers[Mfrc522.TX_CONTROL] = 0x80;
        }

        int register(int number) {
            return registers[number];
        }

        @Override
        public synchronized byte[] transfer(byte[] out) {
            int address = out[0] & 0xFF;
            int register = (address >> 1) & 0x3F;
            if ((address & 0x80) != 0) {
                int value = register == Mfrc522.FIFO_DATA ? (fifo.isEmpty() ? 0 : fifo.poll())
                        : register == Mfrc522.FIFO_LEVEL ? fifo.size()
                        : registers[register];
                return new byte[] {0, (byte) value};
            }
            int value = out[1] & 0xFF;
            switch (register) {
                case Mfrc522.FIFO_DATA -> fifo.add(value);
                case Mfrc522.FIFO_LEVEL -> {
                    if ((value & 0x80) != 0) {
                        fifo.clear();
                    }
                }
                case Mfrc522.COM_IRQ -> registers[register] &= ~(value & 0x7F);
                case Mfrc522.COMMAND -> {
                    if (value == Mfrc522.SOFT_RESET) {
                        softResets++;
                    }
                    registers[register] = value == Mfrc522.SOFT_RESET ? 0 : value;
                }
                case Mfrc522.BIT_FRAMING -> {
                    registers[register] = value;
                    if ((value & 0x80) != 0 && registers[Mfrc522.COMMAND] == Mfrc522.TRANSCEIVE) {
                        answer();
                    }
                }
                default -> registers[register] = value;
            }
            return new byte[out.length];
        }

        private void answer() {
            java.util.List<Integer> sent = new java.util.ArrayList<>(fifo);
            fifo.clear();
            byte[] present = card;
            if (present == null) {
                registers[Mfrc522.COM_IRQ] |= 0x01; // timer ran out
                return;
            }
            if (sent.equals(java.util.List.of(Mfrc522.REQA))) {
                fifo.add(0x04);
                fifo.add(0x00);
            } else if (sent.equals(java.util.List.of(Mfrc522.SELECT_CL1, 0x20))) {
                int bcc = 0;
                for (byte b : present) {
                    fifo.add(b & 0xFF);
                    bcc ^= b & 0xFF;
                }
                fifo.add(corruptCheckByte ? bcc ^ 0x01 : bcc);
            }
            registers[Mfrc522.COM_IRQ] |= 0x30;
        }
    }
}
