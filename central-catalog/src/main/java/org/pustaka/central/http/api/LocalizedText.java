package org.pustaka.central.http.api;

/** A text in Bahasa Indonesia ({@code id}) and English ({@code en}). */
public record LocalizedText(String id, String en) {
}
