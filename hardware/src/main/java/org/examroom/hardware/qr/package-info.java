/**
 * QR codes: access-key slips encoded, drawn and found again in camera frames (ZXing).
 */
package org.examroom.hardware.qr;
