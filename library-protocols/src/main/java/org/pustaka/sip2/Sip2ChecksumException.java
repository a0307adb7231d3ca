package org.pustaka.sip2;

/** A message whose checksum does not match its bytes: it was damaged on the way and must be sent again. */
public class Sip2ChecksumException extends Sip2FormatException {
    public Sip2ChecksumException(String message) {
        super(message);
    }
}
