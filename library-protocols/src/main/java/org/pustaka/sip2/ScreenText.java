package org.pustaka.sip2;

import java.util.List;

/** A response that may carry screen messages (AF) and print lines (AG), both repeatable. */
public interface ScreenText {
    List<String> screenMessages();

    List<String> printLines();
}
