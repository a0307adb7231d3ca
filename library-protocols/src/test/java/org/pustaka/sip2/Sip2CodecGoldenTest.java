package org.pustaka.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Sip2CodecGoldenTest {
    private static final String DATE = "20261128    101500";
    private static final String DUE = "20261212    235959";
    private static final String NO_DATE = " ".repeat(18);
    private final Sip2Codec codec = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), false);

    /** One literal wire line per message type, exactly as the codec writes it. */
    static List<String> golden() {
        return List.of(
                "9300CNkiosk|COsecret|CPMLG-01|",
                "941",
                "9900402.00",
                "98YYYYNN030003" + DATE + "2.00AOMLG|AMPerpustakaan Kota Malang|BXYYYNYYYYYYYNNYYY|AFSelamat datang|",
                "63000" + DATE + "  Y       AOMLG|AA2024000123|AC|AD1234|BP1|BQ5|",
                "64              000" + DATE + "000100000002000100000000AOMLG|AA2024000123|AESiti Rahayu|CB10|BLY|CQY|"
                        + "BHIDR|BV7500.00|CC20000.00|AS30000106|AU30000111|AU30000112|AVDenda Rp 7.500|"
                        + "AFDenda Anda Rp 7.500.|",
                "23000" + DATE + "AOMLG|AA2024000123|AC|AD1234|",
                "24Y   Y         000" + DATE + "AOMLG|AA2024000456|AEBudi Santoso|BLY|AFKartu diblokir.|",
                "11NN" + DATE + NO_DATE + "AOMLG|AA2024000123|AB30000101|AC|AD1234|",
                "121NNY" + DATE + "AOMLG|AA2024000123|AB30000101|AJLaskar Pelangi|AH" + DUE + "|CK001|"
                        + "AFPeminjaman berhasil.|AGTerima kasih|",
                "09N" + DATE + DATE + "APMLG-01|AOMLG|AB30000111|AC|",
                "101YNY" + DATE + "AOMLG|AB30000106|AQKoleksi Umum|AJNegeri 5 Menara|CLRAK-PESANAN|CK001|CV01|"
                        + "AFBuku ini dipesan.|",
                "29NN" + DATE + NO_DATE + "AOMLG|AA2024000123|AD1234|AB30000111|AC|",
                "301YNY" + DATE + "AOMLG|AA2024000123|AB30000111|AJSi Kancil dan Buaya|AH" + DUE + "|"
                        + "AFPerpanjangan berhasil.|",
                "65" + DATE + "AOMLG|AA2024000123|AD1234|AC|",
                "66100010001" + DATE + "AOMLG|BM30000111|BN30000112|AF30000112: batas|",
                "17" + DATE + "AOMLG|AB30000105|AC|",
                "18040001" + DATE + "CF0|AH" + DUE + "|AB30000111|AJSi Kancil dan Buaya|BGMLG01|CK001|"
                        + "AQKoleksi Umum|APKoleksi Umum|",
                "35" + DATE + "AOMLG|AA2024000123|AC|AD1234|",
                "36Y" + DATE + "AOMLG|AA2024000123|",
                "37" + DATE + "0400IDRBV7500.00|AOMLG|AA2024000789|AC|CGF-1|BKT-1|",
                "38Y" + DATE + "AOMLG|AA2024000789|BKT-1|AFPembayaran diterima.|",
                "15+" + DATE + "BW20261231    235959|BSMLG-PUSAT|BY2|AOMLG|AA2024000123|AB30000102|",
                "161N" + DATE + "BR1|BSMLG-PUSAT|AOMLG|AA2024000123|AB30000102|AJBumi Manusia|",
                "97",
                "96");
    }

    @ParameterizedTest
    @MethodSource("golden")
    void everyMessageRoundTripsToTheSameWireLine(String wire) throws Sip2Exception {
        Sip2Message message = codec.decode(wire).message();

        assertThat(codec.encodeText(message, 0)).isEqualTo(wire);
        assertThat(message.type().code()).isEqualTo(wire.substring(0, 2));
    }

    @Test
    void theGoldenLinesCoverEveryMessageType() {
        Set<String> codes = golden().stream().map(w -> w.substring(0, 2)).collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(MessageType.class).stream().map(MessageType::code).toList());
    }

    @ParameterizedTest
    @MethodSource("golden")
    void fixedLengthOfEachTypeMatchesWhatTheRecordsWrite(String wire) throws Sip2Exception {
        MessageType type = codec.decode(wire).message().type();

        assertThat(wire.substring(2 + type.fixedLength())).matches("([A-Z]{2}[^|]*\\|)*");
    }

    @Test
    void patronInformationResponseFieldsAreReadByMeaning() throws Sip2Exception {
        PatronInformationResponse r = (PatronInformationResponse) codec.decode(golden().get(5)).message();

        assertThat(r.personalName()).isEqualTo("Siti Rahayu");
        assertThat(r.validPatron()).isTrue();
        assertThat(r.validPassword()).isTrue();
        assertThat(r.items().chargedItems()).containsExactly("30000111", "30000112");
        assertThat(r.items().holdItems()).containsExactly("30000106");
        assertThat(r.chargedItemsCount()).isEqualTo(2);
        assertThat(r.holdItemsCount()).isEqualTo(1);
        assertThat(r.feeAmount()).isEqualTo("7500.00");
        assertThat(r.currency()).isEqualTo("IDR");
        assertThat(r.transactionDate()).isEqualTo(LocalDateTime.of(2026, 11, 28, 10, 15));
    }

    @Test
    void patronStatusFlagsAreReadByPosition() throws Sip2Exception {
        PatronStatusResponse r = (PatronStatusResponse) codec.decode(golden().get(7)).message();

        assertThat(r.patronStatus()).containsExactlyInAnyOrder(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED,
                PatronStatusFlag.CARD_REPORTED_LOST);
    }

    @Test
    void checkoutAndCheckinAndItemResponsesCarryTheirFixedFields() throws Sip2Exception {
        CheckoutResponse out = (CheckoutResponse) codec.decode(golden().get(9)).message();
        CheckinResponse in = (CheckinResponse) codec.decode(golden().get(11)).message();
        ItemInformationResponse item = (ItemInformationResponse) codec.decode(golden().get(17)).message();

        assertThat(out.ok()).isTrue();
        assertThat(out.renewalOk()).isFalse();
        assertThat(out.magneticMedia()).isEqualTo(Tristate.NO);
        assertThat(out.desensitize()).isEqualTo(Tristate.YES);
        assertThat(out.dueDate()).isEqualTo(DUE);
        assertThat(out.printLines()).containsExactly("Terima kasih");
        assertThat(in.alert()).isTrue();
        assertThat(in.sortBin()).isEqualTo("RAK-PESANAN");
        assertThat(in.alertType()).isEqualTo("01");
        assertThat(item.circulationStatus()).isEqualTo(CirculationStatus.CHARGED);
        assertThat(item.feeType()).isEqualTo(FeeType.OTHER);
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() throws Sip2Exception {
        String wire = "36Y" + DATE + "AOMLG|AA2024000123|ZZserver extension|XYz|";

        EndSessionResponse r = (EndSessionResponse) codec.decode(wire).message();

        assertThat(r.otherFields()).containsExactly(new Sip2Field("ZZ", "server extension"), new Sip2Field("XY", "z"));
        assertThat(codec.encodeText(r, 0)).isEqualTo(wire);
    }

    @Test
    void loginRequestHidesThePasswordInToString() throws Sip2Exception {
        Sip2Message login = codec.decode(golden().get(0)).message();

        assertThat(login.toString()).doesNotContain("secret");
    }
}
