package org.pustaka.sip2;

/**
 * One SIP2 message, request or response, as an immutable record. Each record knows the order of its
 * own fields and reads and writes them through {@link FrameReader} and {@link FrameWriter}, which own
 * the formats; {@link Sip2Codec} owns framing, sequence numbers, checksums and the charset.
 */
public sealed interface Sip2Message permits LoginRequest, LoginResponse, ScStatusRequest, AcsStatusResponse,
        PatronInformationRequest, PatronInformationResponse, PatronStatusRequest, PatronStatusResponse,
        CheckoutRequest, CheckoutResponse, CheckinRequest, CheckinResponse, RenewRequest, RenewResponse,
        RenewAllRequest, RenewAllResponse, ItemInformationRequest, ItemInformationResponse,
        EndPatronSessionRequest, EndSessionResponse, FeePaidRequest, FeePaidResponse, HoldRequest, HoldResponse,
        RequestAcsResend, RequestScResend {

    MessageType type();

    /** Writes the fields after the command code, in the order the specification gives them. */
    void write(FrameWriter w);
}
