using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

/// <summary>Reading ids and common answers, so every endpoint says the same thing the same way.</summary>
internal static class ApiInput
{
    /// <summary>Ids are positive integers; anything else in the path is a 400, not a 404.</summary>
    public static int? ParseId(string? raw) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    public static ProblemHttpResult MalformedId() => ApiResults.BadRequest("The item id must be a positive whole number");

    /// <summary>Unknown, deleted-where-not-allowed and other stores' items all look the same: not found.</summary>
    public static ProblemHttpResult ItemNotFound() => ApiResults.NotFound("Item");

    public static bool ParseFlag(string? raw) =>
        raw is not null && (raw == "1" || raw.Equals("true", StringComparison.OrdinalIgnoreCase) || raw.Equals("yes", StringComparison.OrdinalIgnoreCase));
}
