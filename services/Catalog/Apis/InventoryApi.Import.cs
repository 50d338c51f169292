using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Catalog.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

public static partial class InventoryApi
{
    /// <summary>
    /// CSV of new items (multipart field <c>file</c>, or a text/csv body). <c>?dryRun=true</c> only reports row errors;
    /// otherwise any error rejects the whole file and a clean file is written in one transaction.
    /// </summary>
    public static async Task<Results<Ok<ImportReport>, Created<ImportReport>, ProblemHttpResult>> ImportItems(
        HttpRequest request, string? dryRun, [AsParameters] InventoryHandlerServices services, InventoryImport import, CancellationToken cancellationToken)
    {
        var isDryRun = ApiInput.ParseFlag(dryRun ?? request.Query["dry_run"].ToString());
        var (csv, malformed) = await OpenCsvAsync(request, cancellationToken);
        if (malformed is not null) return malformed;
        await using var text = csv;
        if (text is null) return ApiResults.BadRequest("Send the CSV as multipart/form-data in the field 'file', or as a text/csv body");

        var result = await import.CheckAsync(text, cancellationToken);
        if (result.TotalRows == 0 && result.Errors.Count == 0) return ApiResults.BadRequest("The file has no item rows");
        var report = new ImportReport(isDryRun, result.TotalRows, result.Drafts.Count, 0, result.Errors);
        if (isDryRun) return TypedResults.Ok(report);
        if (result.Errors.Count > 0) return RejectedImport(result.Errors);

        var created = await import.ApplyAsync(result.Drafts, services.Tenant.Id, services.Actor, cancellationToken);
        return created.Succeeded ? TypedResults.Created("/api/inventory", report with { Created = created.Value }) : ApiResults.Problem(created);
    }

    private static async Task<(Stream? Csv, ProblemHttpResult? Malformed)> OpenCsvAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var (form, malformed) = await MultipartForm.ReadAsync(request, cancellationToken);
            return (form?.Files.GetFile("file")?.OpenReadStream(), malformed);
        }
        var isCsv = request.ContentType?.StartsWith("text/", StringComparison.OrdinalIgnoreCase) == true ||
                    request.ContentType?.StartsWith("application/csv", StringComparison.OrdinalIgnoreCase) == true;
        return (isCsv ? request.Body : null, null);
    }

    private static ProblemHttpResult RejectedImport(IReadOnlyList<ImportRowError> errors)
    {
        var message = $"The file has {errors.Select(e => e.Row).Distinct().Count()} invalid row(s); nothing was imported";
        return ApiResults.Error(StatusCodes.Status400BadRequest, message, new Dictionary<string, object?>
        {
            ["details"] = errors.Select(e => new { field = e.Field, message = e.Message, row = e.Row }).ToArray(),
        });
    }
}
