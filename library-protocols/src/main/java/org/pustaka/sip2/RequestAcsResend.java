package org.pustaka.sip2;

/** 97: the kiosk could not read the last response; the ACS sends it again. */
public record RequestAcsResend() implements Sip2Message {
    @Override
    public MessageType type() {
        return MessageType.REQUEST_ACS_RESEND;
    }

    @Override
    public void write(FrameWriter w) {
        // no fields
    }
}
