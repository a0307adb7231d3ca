package org.pustaka.sip2.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.Sip2Codec;

/**
 * Byte-level changes to encoded answers, to imitate servers that reorder fields or get sequence numbers
 * and checksums wrong. Works on ASCII framing only; the text between delimiters is left as it is.
 */
public final class WireFaults {
    private WireFaults() {
    }

    /** The same message with its variable fields in reverse order and a checksum recomputed. */
    public static byte[] reorder(byte[] line, Sip2Codec codec) {
        String text = new String(line, codec.charset());
        Trailer t = Trailer.of(text);
        String body = t.body;
        int start = 2 + MessageType.fromCode(body.substring(0, 2)).map(MessageType::fixedLength).orElse(0);
        if (start > body.length()) {
            return line;
        }
        List<String> fields = new ArrayList<>();
        for (String f : body.substring(start).split("\\|")) {
            if (!f.isEmpty()) {
                fields.add(f);
            }
        }
        Collections.reverse(fields);
        StringBuilder sb = new StringBuilder(body.substring(0, start));
        fields.forEach(f -> sb.append(f).append('|'));
        return t.rebuild(sb.toString(), codec);
    }

    public static byte[] withSequence(byte[] line, int sequence, Sip2Codec codec) {
        Trailer t = Trailer.of(new String(line, codec.charset()));
        return t.sequence == null ? line : new Trailer(t.body, Integer.toString(sequence), t.checksum)
                .rebuild(t.body, codec);
    }

    /** The same line with its checksum off by one digit; a line without checksum is left as it is. */
    public static byte[] breakChecksum(byte[] line) {
        if (line.length < 6 || line[line.length - 6] != 'A' || line[line.length - 5] != 'Z') {
            return line;
        }
        byte[] copy = line.clone();
        int last = copy.length - 1;
        copy[last] = (byte) (copy[last] == '0' ? '1' : '0');
        return copy;
    }

    /** The same line with the Z of its AZ marker changed to X; a line without checksum is left as it is. */
    public static byte[] breakChecksumMarker(byte[] line) {
        if (line.length < 6 || line[line.length - 6] != 'A' || line[line.length - 5] != 'Z') {
            return line;
        }
        byte[] copy = line.clone();
        copy[copy.length - 5] = 'X';
        return copy;
    }

    private record Trailer(String body, String sequence, boolean checksum) {
        static Trailer of(String text) {
            String body = text;
            boolean checksum = false;
            String sequence = null;
            if (body.length() >= 6 && body.startsWith("AZ", body.length() - 6)) {
                body = body.substring(0, body.length() - 6);
                checksum = true;
            }
            if (body.length() >= 3 && body.startsWith("AY", body.length() - 3)) {
                sequence = body.substring(body.length() - 1);
                body = body.substring(0, body.length() - 3);
            }
            return new Trailer(body, sequence, checksum);
        }

        byte[] rebuild(String newBody, Sip2Codec codec) {
            String head = newBody + (sequence == null ? "" : "AY" + sequence) + (checksum ? "AZ" : "");
            byte[] bytes = head.getBytes(codec.charset());
            if (!checksum) {
                return bytes;
            }
            return (head + Sip2Codec.checksum(bytes)).getBytes(codec.charset());
        }
    }

}
