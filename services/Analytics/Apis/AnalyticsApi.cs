using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Analytics.Apis.Dtos;
using QommerceHub.Analytics.Live;
using QommerceHub.Analytics.Reports;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Apis;

/// <summary>The seed's <c>/api/analytics</c> routes, plus the dashboard's live-update stream.</summary>
public static class AnalyticsApi
{
    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/analytics").WithTags("Analytics").RequirePermission(Permissions.Analytics).ProducesTokenProblems();
        api.MapGet("/sales", GetSales).WithSummary("Sales figures of a period").ProducesProblems(400);
        api.MapGet("/inventory", GetInventory).WithSummary("Inventory figures: stock value, low and out of stock");
        api.MapGet("/stream", Stream).WithSummary("Live sales updates as Server-Sent Events").Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return app;
    }

    public static async Task<Results<Ok<SalesReport>, ProblemHttpResult>> GetSales(
        string? days, string? from, string? to, string? tz, SalesReports reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var period = SalesPeriodQuery.Read(errors, days, from, to, tz, clock.GetUtcNow());
        if (period is null || errors.Any) return ApiResults.Validation(errors);
        return TypedResults.Ok(await reports.BuildAsync(period, cancellationToken));
    }

    public static async Task<Ok<InventoryReport>> GetInventory(InventoryFigures inventory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inventory.ReportAsync(cancellationToken));

    /// <summary>Server-Sent Events for the caller's store; browsers reach it through the gateway with <c>?access_token=</c>.</summary>
    public static SalesUpdateStream Stream(
        SalesUpdateHub hub, SalesUpdateListener listener, TenantContext tenant, ClaimsPrincipal user, RevokedAccess revokedAccess, TimeProvider clock, IConfiguration configuration)
    {
        DateTimeOffset? expires = long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : null;
        return new(hub, listener.Listening, tenant.Id, TimeSpan.FromSeconds(configuration.GetValue("Analytics:StreamHeartbeatSeconds", 15)), expires,
            revokedAccess.Watch(user), clock);
    }
}
