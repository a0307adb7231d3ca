package org.pustaka.sip2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sip2CodecTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String DATE = "20261128    101500";
    private final Sip2Codec checked = new Sip2Codec(StandardCharsets.UTF_8, JAKARTA, true);
    private final Sip2Codec plain = new Sip2Codec(StandardCharsets.UTF_8, JAKARTA, false);

    @Test
    void checksumOfTheGuideExampleIsFcb4() {
        assertThat(Sip2Codec.checksum("990 402.00AY1AZ".getBytes(StandardCharsets.US_ASCII))).isEqualTo("FCB4");
    }

    @Test
    void theGuideExampleDecodesWithItsSequenceNumber() throws Sip2Exception {
        Decoded d = checked.decode("990 402.00AY1AZFCB4");

        ScStatusRequest r = (ScStatusRequest) d.message();
        assertThat(d.sequence()).hasValue(1);
        assertThat(r.status()).isEqualTo(ScStatusCode.OK);
        assertThat(r.maxPrintWidth()).isEqualTo(40);
        assertThat(r.protocolVersion()).isEqualTo("2.00");
    }

    @Test
    void resendRequestsCarryAChecksumButNoSequence() throws Sip2Exception {
        assertThat(checked.encodeText(new RequestScResend(), 5)).isEqualTo("96AZFEF6");
        assertThat(checked.encodeText(new RequestAcsResend(), 5)).isEqualTo("97AZFEF5");
        assertThat(checked.decode("96AZFEF6").message()).isEqualTo(new RequestScResend());
    }

    @Test
    void encodesSequenceAndChecksumWithErrorDetection() throws Sip2Exception {
        String wire = checked.encodeText(LoginRequest.plain("kiosk", "secret", "MLG-01"), 0);

        assertThat(wire).isEqualTo("9300CNkiosk|COsecret|CPMLG-01|AY0AZF490");
        assertThat(checked.decode(wire).sequence()).hasValue(0);
    }

    @Test
    void sequenceNumbersWrapAtTen() {
        assertThat(checked.encodeText(new LoginResponse(true, List.of()), 10)).startsWith("941AY0AZ");
    }

    @Test
    void aDamagedMessageFailsItsChecksum() {
        assertThatThrownBy(() -> checked.decode("9300CNkiosk|COsecreT|CPMLG-01|AY0AZF490"))
                .isInstanceOf(Sip2ChecksumException.class);
        assertThatThrownBy(() -> checked.decode("941AY0AZFDXZ")).isInstanceOf(Sip2ChecksumException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "ISO-8859-1", "IBM850"})
    void nonAsciiTextRoundTripsInEveryCharsetWithAByteChecksum(String name) throws Sip2Exception {
        Sip2Codec codec = new Sip2Codec(Charset.forName(name), JAKARTA, true);
        ItemInformationResponse item = new ItemInformationResponse(CirculationStatus.AVAILABLE,
                SecurityMarker.NONE, FeeType.OTHER, LocalDateTime.of(2026, 11, 28, 10, 15), null, null, null, null,
                "30000108", "Le Petit Prince é à ü", null, null, null, null, null, null, null, List.of(), List.of(),
                List.of());

        byte[] bytes = codec.encode(item, 7);

        assertThat(codec.decode(bytes).message()).isEqualTo(item);
        int sum = 0;
        for (byte b : bytes) {
            sum += b & 0xFF;
        }
        int checksum = Integer.parseInt(new String(bytes, bytes.length - 4, 4, StandardCharsets.US_ASCII), 16);
        sum -= bytes[bytes.length - 1] & 0xFF;
        sum -= bytes[bytes.length - 2] & 0xFF;
        sum -= bytes[bytes.length - 3] & 0xFF;
        sum -= bytes[bytes.length - 4] & 0xFF;
        assertThat((sum + checksum) & 0xFFFF).isZero();
    }

    @Test
    void acceptsTheCharacterChecksumSomeServersSendForNonAsciiText() throws Sip2Exception {
        String head = "121NNY" + DATE + "AOMLG|AA2024000123|AB30000108|AJLe Petit Prince é|AH|AY4AZ";
        int charSum = head.chars().sum();
        String wire = head + String.format("%04X", (-charSum) & 0xFFFF);

        CheckoutResponse r = (CheckoutResponse) checked.decode(wire.getBytes(StandardCharsets.UTF_8)).message();

        assertThat(r.title()).isEqualTo("Le Petit Prince é");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\r\n", "\n", ""})
    void anyLineEndingIsAccepted(String ending) throws Sip2Exception {
        assertThat(checked.decode("941AY0AZFDFD" + ending).message()).isEqualTo(new LoginResponse(true, List.of()));
    }

    @Test
    void variableFieldsAreFoundInAnyOrder() throws Sip2Exception {
        String wire = "121NNY" + DATE + "AH20261212    235959|AJLaskar Pelangi|AB30000101|AFok|AA2024000123|AOMLG|";

        CheckoutResponse r = (CheckoutResponse) plain.decode(wire).message();

        assertThat(r.itemId()).isEqualTo("30000101");
        assertThat(r.patronId()).isEqualTo("2024000123");
        assertThat(r.title()).isEqualTo("Laskar Pelangi");
        assertThat(r.dueDate()).isEqualTo("20261212    235959");
        assertThat(r.screenMessages()).containsExactly("ok");
        assertThat(r.otherFields()).isEmpty();
    }

    @Test
    void omittedOptionalFieldsReadAsAbsent() throws Sip2Exception {
        CheckinResponse r = (CheckinResponse) plain.decode("101YNN" + DATE + "AOMLG|AB30000101|").message();

        assertThat(r.ok()).isTrue();
        assertThat(r.title()).isNull();
        assertThat(r.sortBin()).isNull();
        assertThat(r.permanentLocation()).isNull();
        assertThat(r.screenMessages()).isEmpty();
    }

    @Test
    void aLastFieldWithoutItsDelimiterIsStillRead() throws Sip2Exception {
        EndSessionResponse r = (EndSessionResponse) checked.decode(withChecksum("36Y" + DATE + "AOMLG|AA2024000123AY2AZ"))
                .message();

        assertThat(r.patronId()).isEqualTo("2024000123");
    }

    @Test
    void zoneCodedDatesAreConvertedToLibraryTime() throws Sip2Exception {
        EndSessionResponse r = (EndSessionResponse) plain.decode("36Y20261128UTC 031500AOMLG|AA1|").message();

        assertThat(r.transactionDate()).isEqualTo(LocalDateTime.of(2026, 11, 28, 10, 15));
    }

    @Test
    void tooShortAndUnknownLinesAreCleanErrors() {
        assertThatThrownBy(() -> plain.decode("12")).isInstanceOf(Sip2FormatException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> plain.decode("XX123")).isInstanceOf(Sip2FormatException.class)
                .hasMessageContaining("not a SIP2 message");
        assertThatThrownBy(() -> plain.decode("9")).isInstanceOf(Sip2FormatException.class);
        assertThatThrownBy(() -> plain.decode("64   ")).isInstanceOf(Sip2FormatException.class);
    }

    @Test
    void delimitersInValuesCannotBreakTheFraming() throws Sip2Exception {
        EndSessionResponse r = new EndSessionResponse(true, null, "MLG", "1", List.of("a|b\r\nc"), List.of(), List.of());

        EndSessionResponse back = (EndSessionResponse) plain.decode(plain.encodeText(r, 0)).message();

        assertThat(back.screenMessages()).containsExactly("a/b  c");
    }

    private static String withChecksum(String throughAz) {
        return throughAz + Sip2Codec.checksum(throughAz.getBytes(StandardCharsets.UTF_8));
    }
}
