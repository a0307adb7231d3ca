package org.pustaka.central.staff;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Map;

/** Beranda: the whole page, and its summary alone for htmx to refresh every 30 seconds. */
final class DashboardHandler {
    private final Dashboard dashboard;
    private final Views views;

    DashboardHandler(Dashboard dashboard, Views views) {
        this.dashboard = dashboard;
        this.views = views;
    }

    void page(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        views.render(ctx, "home", Views.page(ctx, "home.title", "beranda"), Map.of("today", dashboard.today()));
    }

    void fragment(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        views.render(ctx, "summary", Views.page(ctx, "home.title", "beranda"), Map.of("today", dashboard.today()));
    }
}
