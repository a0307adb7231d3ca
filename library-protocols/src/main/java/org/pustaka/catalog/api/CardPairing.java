package org.pustaka.catalog.api;

/** The answer to {@code GET cards/{uid}}: the member a contactless card's UID is paired with. */
public record CardPairing(String uid, String memberId) {
}
