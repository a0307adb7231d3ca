package org.pustaka.central.staff;

/**
 * What the shared layout needs on every page: the words, who is signed in (null on the sign-in page), the
 * page's title key, which menu entry is current and the path the language switch returns to.
 */
public record Page(Texts t, StaffSession session, String titleKey, String current, String path) {

    public String csrf() {
        return session == null ? "" : session.csrf();
    }

    /** The language switch's link: this page, as it is, in the other language. */
    public String langLink() {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + otherLang();
    }

    public String otherLang() {
        return "en".equals(t.lang()) ? "id" : "en";
    }
}
