package org.pustaka.sip2.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.CirculationStatus;
import org.pustaka.sip2.EndPatronSessionRequest;
import org.pustaka.sip2.EndSessionResponse;
import org.pustaka.sip2.FeePaidRequest;
import org.pustaka.sip2.FeePaidResponse;
import org.pustaka.sip2.FeeType;
import org.pustaka.sip2.HoldMode;
import org.pustaka.sip2.HoldRequest;
import org.pustaka.sip2.HoldResponse;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.PatronStatusFlag;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.PatronStatusResponse;
import org.pustaka.sip2.PaymentType;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewAllResponse;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.RenewResponse;
import org.pustaka.sip2.ScStatusCode;
import org.pustaka.sip2.ScStatusRequest;
import org.pustaka.sip2.ScreenText;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.sip2.Sip2Message;

/** The simulated library's refusals: one per request type that can be refused, in that request's answer type. */
class SimRefusalsTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 15);
    private static final String WHY = "Ditolak.";
    private final Sip2Codec codec = new Sip2Codec(StandardCharsets.UTF_8, JAKARTA, true);

    static Stream<Arguments> refusable() {
        List<Object[]> cases = List.of(
                refusal(new CheckoutRequest(false, false, NOW, null, "MLG", "P1", "I1", "tp", null, "1234", null, null,
                        List.of()), CheckoutResponse.class, m -> !((CheckoutResponse) m).ok()),
                refusal(new CheckinRequest(false, NOW, NOW, "LOC", "MLG", "I1", "tp", null, null, List.of()),
                        CheckinResponse.class, m -> !((CheckinResponse) m).ok()),
                refusal(new RenewRequest(false, false, NOW, null, "MLG", "P1", "1234", "I1", null, "tp", null, null,
                        List.of()), RenewResponse.class, m -> !((RenewResponse) m).ok()),
                refusal(new RenewAllRequest(NOW, "MLG", "P1", "1234", "tp", null, List.of()), RenewAllResponse.class,
                        m -> !((RenewAllResponse) m).ok()),
                refusal(new PatronInformationRequest("000", NOW, null, "MLG", "P1", "tp", "1234", null, null,
                        List.of()), PatronInformationResponse.class,
                        m -> Boolean.FALSE.equals(((PatronInformationResponse) m).validPatron())),
                refusal(new PatronStatusRequest("000", NOW, "MLG", "P1", "tp", "1234", List.of()),
                        PatronStatusResponse.class,
                        m -> Boolean.FALSE.equals(((PatronStatusResponse) m).validPatron())),
                refusal(new ItemInformationRequest(NOW, "MLG", "I1", "tp", List.of()), ItemInformationResponse.class,
                        m -> ((ItemInformationResponse) m).circulationStatus() == CirculationStatus.OTHER),
                refusal(new EndPatronSessionRequest(NOW, "MLG", "P1", "tp", "1234", List.of()),
                        EndSessionResponse.class, m -> !((EndSessionResponse) m).endSession()),
                refusal(new FeePaidRequest(NOW, FeeType.OVERDUE, PaymentType.CASH, "IDR", "5000.00", "MLG", "P1",
                        "tp", "1234", null, "T1", List.of()), FeePaidResponse.class,
                        m -> !((FeePaidResponse) m).paymentAccepted()),
                refusal(new HoldRequest(HoldMode.ADD, NOW, null, null, null, "MLG", "P1", "1234", "I1", null, "tp",
                        null, List.of()), HoldResponse.class, m -> !((HoldResponse) m).ok()));
        return cases.stream().map(Arguments::of);
    }

    private static Object[] refusal(Sip2Message request, Class<? extends Sip2Message> answer,
                                    Predicate<Sip2Message> refused) {
        return new Object[] {request, answer, refused};
    }

    @ParameterizedTest
    @MethodSource("refusable")
    void eachRequestIsRefusedInItsOwnAnswerTypeWithTheReason(Sip2Message request, Class<? extends Sip2Message> answer,
                                                             Predicate<Sip2Message> refused) throws Sip2Exception {
        Sip2Message r = SimRefusals.of(request, "MLG", NOW, WHY);

        assertThat(r).isInstanceOf(answer);
        assertThat(refused.test(r)).as("refused").isTrue();
        assertThat(((ScreenText) r).screenMessages()).containsExactly(WHY);
        assertThat(codec.decode(codec.encode(r, 3)).message()).isEqualTo(r);
    }

    @Test
    void thePatronRefusalsDenyChargingAndSayCqOnlyWhenAsked() {
        PatronInformationRequest request = new PatronInformationRequest("000", NOW, null, "MLG", "P1", "", "1234",
                null, null, List.of());

        PatronInformationResponse plain = (PatronInformationResponse) SimRefusals.of(request, "MLG", NOW, WHY);
        PatronInformationResponse withCq = SimRefusals.patronInformation(request, "MLG", NOW, WHY, false);

        assertThat(plain.patronStatus()).containsExactly(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
        assertThat(plain.validPassword()).isNull();
        assertThat(withCq.validPassword()).isFalse();
        assertThat(withCq.patronId()).isEqualTo("P1");
    }

    @Test
    void messagesWithoutARefusalGetNone() {
        assertThat(SimRefusals.of(LoginRequest.plain("u", "p", "loc"), "MLG", NOW, WHY)).isNull();
        assertThat(SimRefusals.of(ScStatusRequest.of(ScStatusCode.OK, 40), "MLG", NOW, WHY)).isNull();
    }
}
