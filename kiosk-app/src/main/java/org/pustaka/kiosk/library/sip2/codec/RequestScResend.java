package org.pustaka.kiosk.library.sip2.codec;

/** 96: the ACS could not read the last request (bad checksum); the kiosk sends it again unchanged. */
public record RequestScResend() implements Sip2Message {
    @Override
    public MessageType type() {
        return MessageType.REQUEST_SC_RESEND;
    }

    @Override
    public void write(FrameWriter w) {
        // no fields
    }
}
