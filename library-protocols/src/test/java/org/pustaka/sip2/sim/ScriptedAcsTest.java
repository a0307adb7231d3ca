package org.pustaka.sip2.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pustaka.sip2.AcsStatusResponse;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.LoginResponse;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.RequestScResend;
import org.pustaka.sip2.ScStatusCode;
import org.pustaka.sip2.ScStatusRequest;
import org.pustaka.sip2.Sip2ChecksumException;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2FormatException;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.net.SocketConnector;
import org.pustaka.sip2.net.Sip2Transport;

/** The scripted ACS over real TCP: scripted answers, request sequence numbers, and each wire fault. */
class ScriptedAcsTest {
    private static final int TIMEOUT = 2000;
    private final Sip2Codec codec = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), true);
    private final AcsStatusResponse status = new AcsStatusResponse(true, true, true, true, false, true, 30, 3,
            LocalDateTime.of(2026, 12, 7, 9, 0), "2.00", "MLG", "Perpustakaan Kota Malang", "YYYYYYYYYYYYYYYY",
            "MLG-01", List.of("Selamat datang"), List.of(), List.of());
    private ScriptedAcs acs;
    private Sip2Transport wire;

    @BeforeEach
    void start() throws IOException {
        acs = new ScriptedAcs(codec).answer(MessageType.LOGIN, new LoginResponse(true, List.of()))
                .answer(MessageType.SC_STATUS, status);
        wire = SocketConnector.plain("127.0.0.1", acs.start(), TIMEOUT).open();
    }

    @AfterEach
    void stop() {
        wire.close();
        acs.close();
    }

    @Test
    void answersWithTheScriptedMessageAndTheRequestsSequence() throws Exception {
        Decoded answer = ask(login(), 7);

        assertThat(answer.message()).isEqualTo(new LoginResponse(true, List.of()));
        assertThat(answer.sequence()).hasValue(7);
        assertThat(acs.received()).singleElement().asString().startsWith("9300CNkiosk|");
    }

    @Test
    void aWrongChecksumIsCaughtByTheCodec() throws IOException {
        acs.faultNext(ScriptedAcs.Fault.WRONG_CHECKSUM);
        wire.send(codec.encode(login(), 1));

        byte[] line = wire.receive(TIMEOUT);
        assertThatThrownBy(() -> codec.decode(line)).isInstanceOf(Sip2ChecksumException.class);
    }

    @Test
    void aWrongSequenceNumberIsAnotherDigit() throws Exception {
        acs.faultNext(ScriptedAcs.Fault.WRONG_SEQUENCE);

        assertThat(ask(login(), 9).sequence()).hasValue(0);
    }

    @Test
    void reorderedAndSplitAnswersReadAsTheSameMessage() throws Exception {
        acs.faultNext(ScriptedAcs.Fault.REORDERED_FIELDS);
        acs.faultNext(ScriptedAcs.Fault.SPLIT_WRITE);

        Decoded first = ask(scStatus(), 1);
        AcsStatusResponse reordered = (AcsStatusResponse) first.message();
        AcsStatusResponse split = (AcsStatusResponse) ask(scStatus(), 2).message();

        assertThat(first.raw()).isNotEqualTo(codec.encodeText(status, 1));
        assertThat(reordered.institutionId()).isEqualTo("MLG");
        assertThat(reordered.libraryName()).isEqualTo("Perpustakaan Kota Malang");
        assertThat(reordered.screenMessages()).containsExactly("Selamat datang");
        assertThat(split).isEqualTo(status);
    }

    @Test
    void garbageIsNoSip2Message() throws IOException {
        acs.faultNext(ScriptedAcs.Fault.GARBAGE);
        wire.send(codec.encode(login(), 1));

        byte[] line = wire.receive(TIMEOUT);
        assertThatThrownBy(() -> codec.decode(line)).isInstanceOf(Sip2FormatException.class);
    }

    @Test
    void anUnreadableRequestIsAskedAgain() throws Exception {
        wire.send("9300CNkiosk|AY1AZ0000".getBytes(StandardCharsets.UTF_8));

        assertThat(codec.decode(wire.receive(TIMEOUT)).message()).isInstanceOf(RequestScResend.class);
    }

    @Test
    void aDroppedAnswerClosesTheConnection() throws IOException {
        acs.faultNext(ScriptedAcs.Fault.DROP);
        wire.send(codec.encode(login(), 1));

        assertThatThrownBy(() -> wire.receive(TIMEOUT)).isInstanceOf(EOFException.class);
    }

    @Test
    void aTypeWithoutScriptIsNotAnswered() throws IOException {
        wire.send(codec.encode(new RequestScResend(), 0));

        assertThatThrownBy(() -> wire.receive(300)).isInstanceOf(SocketTimeoutException.class);
    }

    private Decoded ask(Sip2Message request, int sequence) throws IOException, Sip2FormatException {
        wire.send(codec.encode(request, sequence));
        return codec.decode(wire.receive(TIMEOUT));
    }

    private static LoginRequest login() {
        return new LoginRequest('0', '0', "kiosk", "rahasia", "MLG-01", List.of());
    }

    private static ScStatusRequest scStatus() {
        return new ScStatusRequest(ScStatusCode.OK, 80, "2.00", List.of());
    }
}
