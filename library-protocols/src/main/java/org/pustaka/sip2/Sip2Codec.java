package org.pustaka.sip2;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalInt;

/**
 * The one SIP2 codec, for both directions: message records to lines and back. It owns the charset
 * (per server: UTF-8, ISO-8859-1 or IBM850), dates in the library's zone, the sequence number and the
 * checksum. Lines are handled without their terminator; transports add and strip it.
 *
 * <p>The checksum is computed over the encoded bytes as unsigned values. Some servers compute it over
 * characters instead, which differs only for non-ASCII text; such a checksum is accepted too.
 *
 * <p>A checksum that is present is always checked. One changed byte in the {@code AZ} marker would make a
 * line read as one without a checksum, so two rules close that gap: a line ending like {@code AYn?Z1234}
 * or {@code AYnA?1234} (a sequence number, one letter of the marker left, the digits) is refused as a
 * damaged trailer; and once a connection has seen checksums, the caller asks for them
 * ({@code checksumRequired}) and a line without one is refused.
 * Instances are immutable and thread-safe.
 */
public final class Sip2Codec {
    private static final int TRAILER = 6;
    private final Charset charset;
    private final Sip2Dates dates;
    private final boolean errorDetection;

    public Sip2Codec(Charset charset, ZoneId zone, boolean errorDetection) {
        this.charset = charset;
        this.dates = new Sip2Dates(zone);
        this.errorDetection = errorDetection;
    }

    public Charset charset() {
        return charset;
    }

    public Sip2Dates dates() {
        return dates;
    }

    public boolean errorDetection() {
        return errorDetection;
    }

    /** The line's bytes without terminator; {@code sequence} (0-9) is used only with error detection on. */
    public byte[] encode(Sip2Message message, int sequence) {
        FrameWriter w = new FrameWriter(message.type(), dates);
        message.write(w);
        String body = w.body();
        if (!errorDetection) {
            return body.getBytes(charset);
        }
        String trailer = (message.type().carriesSequence() ? FieldId.SEQUENCE_NUMBER.code() + Math.floorMod(sequence, 10)
                : "") + FieldId.CHECKSUM.code();
        byte[] head = (body + trailer).getBytes(charset);
        byte[] checksum = checksum(head).getBytes(charset);
        byte[] line = Arrays.copyOf(head, head.length + checksum.length);
        System.arraycopy(checksum, 0, line, head.length, checksum.length);
        return line;
    }

    public String encodeText(Sip2Message message, int sequence) {
        return new String(encode(message, sequence), charset);
    }

    /** The four upper-case hex digits for a message whose bytes, through {@code AZ}, are given. */
    public static String checksum(byte[] throughAz) {
        return String.format("%04X", (-sum(throughAz, throughAz.length)) & 0xFFFF);
    }

    public Decoded decode(String line) throws Sip2FormatException {
        return decode(line.getBytes(charset));
    }

    /** Reads one line (terminator optional); verifies the checksum when the line carries one. */
    public Decoded decode(byte[] line) throws Sip2FormatException {
        return decode(line, false);
    }

    /**
     * As {@link #decode(byte[])}; with {@code checksumRequired} a line without a checksum is refused
     * ({@link Sip2ChecksumException}), as one whose checksum was damaged would be.
     */
    public Decoded decode(byte[] line, boolean checksumRequired) throws Sip2FormatException {
        int len = line.length;
        while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == '\n')) {
            len--;
        }
        String raw = new String(line, 0, len, charset);
        // count characters, not bytes: two bytes of UTF-8 may decode to one character
        if (raw.length() < 2) {
            throw new Sip2FormatException("The line '" + raw + "' is too short to be a SIP2 message.");
        }
        if (len >= TRAILER && line[len - TRAILER] == 'A' && line[len - TRAILER + 1] == 'Z') {
            verifyChecksum(line, len, raw);
            len -= TRAILER;
        } else if (checksumRequired) {
            throw new Sip2ChecksumException("The message carries no checksum (AZ), although earlier ones on this "
                    + "connection did; it was damaged.");
        } else if (damagedTrailer(line, len)) {
            throw new Sip2ChecksumException("The message ends with a damaged checksum (AZ).");
        }
        OptionalInt sequence = OptionalInt.empty();
        if (len >= 5 && line[len - 3] == 'A' && line[len - 2] == 'Y' && Character.isDigit(line[len - 1])) {
            sequence = OptionalInt.of(line[len - 1] - '0');
            len -= 3;
        }
        String body = new String(line, 0, len, charset);
        if (body.length() < 2) {
            throw new Sip2FormatException("The line '" + raw + "' has no message code before its trailer.");
        }
        MessageType type = MessageType.fromCode(body.substring(0, 2)).orElseThrow(() -> new Sip2FormatException(
                "'" + body.substring(0, 2) + "' is not a SIP2 message this kiosk knows."));
        return new Decoded(read(type, new FrameReader(body, dates)), sequence, raw);
    }

    /**
     * {@code AYn}, then a marker with at least one letter of {@code AZ} left, then three or four
     * characters (four hex digits, or three when the last was changed into a line end and cut off).
     */
    private static boolean damagedTrailer(byte[] line, int len) {
        for (int tail = TRAILER - 1; tail <= TRAILER; tail++) {
            int m = len - tail;
            if (m >= 5 && line[m - 3] == 'A' && line[m - 2] == 'Y' && Character.isDigit(line[m - 1])
                    && (line[m] == 'A' || line[m + 1] == 'Z')) {
                return true;
            }
        }
        return false;
    }

    private static void verifyChecksum(byte[] line, int len, String raw) throws Sip2ChecksumException {
        String hex = new String(line, len - 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        int expected;
        try {
            expected = HexFormat.fromHexDigits(hex);
        } catch (IllegalArgumentException e) {
            throw new Sip2ChecksumException("The checksum '" + hex + "' is not four hex digits.");
        }
        int byteSum = sum(line, len - 4);
        if (((byteSum + expected) & 0xFFFF) == 0) {
            return;
        }
        String text = raw.substring(0, Math.max(0, raw.length() - 4));
        int charSum = text.chars().sum();
        if (((charSum + expected) & 0xFFFF) != 0) {
            throw new Sip2ChecksumException("The checksum " + hex + " does not match the message; it was damaged.");
        }
    }

    private static int sum(byte[] bytes, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum;
    }

    private static Sip2Message read(MessageType type, FrameReader r) throws Sip2FormatException {
        return switch (type) {
            case LOGIN -> LoginRequest.read(r);
            case LOGIN_RESPONSE -> LoginResponse.read(r);
            case SC_STATUS -> ScStatusRequest.read(r);
            case ACS_STATUS -> AcsStatusResponse.read(r);
            case PATRON_INFORMATION -> PatronInformationRequest.read(r);
            case PATRON_INFORMATION_RESPONSE -> PatronInformationResponse.read(r);
            case PATRON_STATUS -> PatronStatusRequest.read(r);
            case PATRON_STATUS_RESPONSE -> PatronStatusResponse.read(r);
            case CHECKOUT -> CheckoutRequest.read(r);
            case CHECKOUT_RESPONSE -> CheckoutResponse.read(r);
            case CHECKIN -> CheckinRequest.read(r);
            case CHECKIN_RESPONSE -> CheckinResponse.read(r);
            case RENEW -> RenewRequest.read(r);
            case RENEW_RESPONSE -> RenewResponse.read(r);
            case RENEW_ALL -> RenewAllRequest.read(r);
            case RENEW_ALL_RESPONSE -> RenewAllResponse.read(r);
            case ITEM_INFORMATION -> ItemInformationRequest.read(r);
            case ITEM_INFORMATION_RESPONSE -> ItemInformationResponse.read(r);
            case END_PATRON_SESSION -> EndPatronSessionRequest.read(r);
            case END_SESSION_RESPONSE -> EndSessionResponse.read(r);
            case FEE_PAID -> FeePaidRequest.read(r);
            case FEE_PAID_RESPONSE -> FeePaidResponse.read(r);
            case HOLD -> HoldRequest.read(r);
            case HOLD_RESPONSE -> HoldResponse.read(r);
            case REQUEST_ACS_RESEND -> new RequestAcsResend();
            case REQUEST_SC_RESEND -> new RequestScResend();
        };
    }
}
