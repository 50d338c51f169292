using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Reporting.Exports;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Apis;

/// <summary>The public report downloads (<c>/api/reports</c>), built from Reporting's own read model.</summary>
public static class ReportsApi
{
    private const string Csv = "text/csv; charset=utf-8";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports").AddEndpointFilter<RequireTenantFilter>()
            .RequirePermission(Permissions.Exports).ProducesTokenProblems();

        api.MapGet("/sales/csv", ExportSales).WithSummary("Download the orders of a period as CSV").ProducesProblems(400).Produces(StatusCodes.Status200OK, contentType: Csv);
        api.MapGet("/inventory/excel", ExportInventory).WithSummary("Download the inventory as an Excel workbook").Produces(StatusCodes.Status200OK, contentType: Xlsx);
        api.MapGet("/customers/csv", ExportCustomers).WithSummary("Download the customers as CSV").Produces(StatusCodes.Status200OK, contentType: Csv);
        return app;
    }

    /// <summary>Orders placed from <c>startDate</c> to <c>endDate</c> (the original's names; ours: also <c>from</c> and <c>to</c>).</summary>
    public static Results<FileDownload, ProblemHttpResult> ExportSales(
        string? startDate, string? endDate, string? from, string? to, SalesCsvExport export, TimeProvider clock)
    {
        var errors = new FieldErrors();
        var original = startDate is not null || endDate is not null;
        var period = original
            ? ReportPeriod.Read(startDate, endDate, errors, "startDate", "endDate")
            : ReportPeriod.Read(from, to, errors);
        if (period is null) return ApiResults.Validation(errors);
        return new FileDownload(Csv, $"sales-{Today(clock)}.csv", (body, ct) => export.WriteAsync(body, period, ct));
    }

    public static FileDownload ExportInventory(InventoryExcelExport export, TimeProvider clock) =>
        new(Xlsx, $"inventory-{Today(clock)}.xlsx", export.WriteAsync);

    public static FileDownload ExportCustomers(CustomersCsvExport export, TimeProvider clock) =>
        new(Csv, $"customers-{Today(clock)}.csv", export.WriteAsync);

    private static string Today(TimeProvider clock) =>
        clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
