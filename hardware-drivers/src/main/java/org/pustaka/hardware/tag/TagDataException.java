package org.pustaka.hardware.tag;

/** Thrown by {@link TagCodec#decodeOrThrow(byte[])} with the failed result, for callers that prefer exceptions. */
public final class TagDataException extends Exception {
    private final transient TagDecodeResult result;

    public TagDataException(TagDecodeResult result) {
        super(result.message());
        this.result = result;
    }

    public TagDecodeResult result() {
        return result;
    }
}
