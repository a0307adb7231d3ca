package org.pustaka.kiosk.library.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pustaka.kiosk.library.http.CatalogException.Failure;
import org.pustaka.catalog.api.HeartbeatReport;
import org.slf4j.LoggerFactory;
import org.pustaka.kiosk.testing.MutableClock;

class CentralCatalogRetryAfterTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Instant T0 = Instant.parse("2026-11-28T07:00:00Z");
    private static final String STATUS = "{\"serverTime\":\"2026-11-28T07:00:00Z\",\"system\":\"SLiMS bridge\",\"version\":\"9.6\"}";

    private final MutableClock clock = new MutableClock(T0);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(RetryAfter.class);
    private CentralCatalogClient client;

    @BeforeEach
    void open() throws CatalogException {
        client = new CentralCatalogClient(TestSettings.forBase(wm.baseUrl()), "MLG-01", clock);
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void close() {
        logger.detachAppender(logs);
        client.close();
    }

    private static HeartbeatReport beat() {
        return new HeartbeatReport("1.0", T0, List.of(), 0, "");
    }

    private static int requests() {
        return wm.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Test
    void aShortRetryAfterIsWaitedOutWithinTheCall() throws Exception {
        wm.stubFor(get("/api/v1/status").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("free"));
        wm.stubFor(get("/api/v1/status").inScenario("busy").whenScenarioStateIs("free").willReturn(okJson(STATUS)));
        // the system clock: the call sleeps through the second the catalog asked for
        try (CentralCatalogClient patient = new CentralCatalogClient(TestSettings.forBase(wm.baseUrl()), "MLG-01")) {
            assertThat(patient.status().system()).isEqualTo("SLiMS bridge");
            assertThat(patient.waitAsked()).isEmpty();
        }
        assertThat(requests()).as("the busy answer, then the one after the wait").isEqualTo(2);
    }

    @Test
    void retryAfterInSecondsHoldsEveryCallBackUntilTheMoment() throws Exception {
        wm.stubFor(post("/api/v1/kiosks/MLG-01/heartbeat").willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "120")));
        assertThatThrownBy(() -> client.heartbeat(beat())).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
            assertThat(e.httpStatus()).isEqualTo(503);
            assertThat(e.notBefore()).contains(T0.plusSeconds(120));
            assertThat(e.outcomeUnknown()).isFalse();
            assertThat(e.heldBack()).as("this one was sent").isFalse();
        });
        assertThat(requests()).as("no retries of its own after a usable Retry-After").isEqualTo(1);
        assertThat(client.waitAsked()).contains(Duration.ofSeconds(120));

        wm.stubFor(get("/api/v1/status").willReturn(okJson(STATUS)));
        wm.stubFor(post("/api/v1/kiosks/MLG-01/heartbeat").willReturn(okJson("{\"serverTime\":\"2026-11-28T07:02:00Z\"}")));
        clock.advance(Duration.ofSeconds(119));
        assertThatThrownBy(() -> client.status()).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.httpStatus()).isZero();
            assertThat(e.heldBack()).isTrue();
            assertThat(e.notBefore()).contains(T0.plusSeconds(120));
            assertThat(e.transientFailure()).isTrue();
            assertThat(e.getMessage()).contains("GET status was not sent");
        });
        assertThatThrownBy(() -> client.heartbeat(beat())).isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> client.events(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(CatalogException.class);
        assertThat(requests()).as("nothing sent before the moment").isEqualTo(1);
        assertThat(client.waitAsked()).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(client.waitAsked()).isEmpty();
        assertThat(client.status().system()).isEqualTo("SLiMS bridge");
        client.heartbeat(beat());
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void retryAfterAsAnHttpDateOnA429IsThatMoment() throws Exception {
        Instant at = T0.plus(Duration.ofMinutes(5));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(429).withHeader("Retry-After", date)));
        assertThatThrownBy(() -> client.status()).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(429);
            assertThat(e.notBefore()).contains(at);
        });
        clock.advance(Duration.ofMinutes(4));
        assertThatThrownBy(() -> client.transactions(List.of())).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.notBefore()).contains(at));
        assertThat(requests()).isEqualTo(1);
        assertThat(client.state().kind()).isEqualTo(CatalogState.Kind.SERVER_ERROR);
        assertThat(client.state().detail()).contains("asked the kiosk to wait until " + at);
    }

    @Test
    void anUnreadableRetryAfterFallsBackToTheBackoffAndIsLoggedOnce() throws Exception {
        String garbage = "soon-" + UUID.randomUUID();
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(503).withHeader("Retry-After", garbage)));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.status()).isInstanceOfSatisfying(CatalogException.class, e -> {
                assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
                assertThat(e.notBefore()).isEmpty();
            });
        }
        assertThat(requests()).as("three attempts each, as without the header").isEqualTo(6);
        assertThat(client.waitAsked()).isEmpty();
        assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains(garbage))
                .filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                        .contains("neither a number of seconds nor an HTTP date")
                        .contains("own backoff"));
    }

    @Test
    void aWaitLongerThanFifteenMinutesIsNotHonoured() throws Exception {
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "901")));
        assertThatThrownBy(() -> client.status()).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.notBefore()).isEmpty());
        assertThat(requests()).isEqualTo(3);
        assertThat(client.waitAsked()).isEmpty();

        String farDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC));
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(503).withHeader("Retry-After", farDate)));
        assertThatThrownBy(() -> client.status()).isInstanceOf(CatalogException.class);
        assertThat(requests()).isEqualTo(6);
        assertThat(client.waitAsked()).isEmpty();

        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "900")));
        assertThatThrownBy(() -> client.status()).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.notBefore()).contains(T0.plus(Duration.ofMinutes(15))));
        assertThat(requests()).as("fifteen minutes exactly is still honoured").isEqualTo(7);
    }

    @Test
    void anAnswerAfterTheMomentStartsANewWait() throws Exception {
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "600")));
        assertThatThrownBy(() -> client.status()).isInstanceOf(CatalogException.class);
        clock.advance(Duration.ofSeconds(600));
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));
        assertThatThrownBy(() -> client.status()).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.notBefore()).contains(T0.plusSeconds(630)));
        assertThat(client.waitAsked()).contains(Duration.ofSeconds(30));
    }

    @Test
    void a503WithoutRetryAfterKeepsTheUsualRetries() {
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client.status()).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.notBefore()).isEmpty());
        assertThat(requests()).isEqualTo(3);
    }
}
