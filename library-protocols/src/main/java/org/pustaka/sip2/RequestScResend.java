package org.pustaka.sip2;

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
