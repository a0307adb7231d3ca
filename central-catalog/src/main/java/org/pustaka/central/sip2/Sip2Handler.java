package org.pustaka.central.sip2;

import org.pustaka.sip2.Sip2Message;

/**
 * Answers one SIP2 request type by asking the circulation core: it parses the request's fields, calls the core
 * and renders the response. No circulation rule lives in a handler. Called on the connection's thread; blocks on
 * the core; may throw {@link org.pustaka.central.circulation.CirculationUnavailableException}, which the
 * connection answers with silence so the terminal repeats the request.
 */
interface Sip2Handler<Q extends Sip2Message> {
    Sip2Message answer(Q request, Sip2Session session);
}
