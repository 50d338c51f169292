using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>Reading path ids and query flags the same way in every service, with the same answer when one is bad.</summary>
public static class ApiInput
{
    /// <summary>Ids are positive integers; anything else in the path is a 400, not a 404.</summary>
    public static int? ParseId(string? raw) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <param name="what">The kind of row, as the message names it: "item", "order".</param>
    public static ProblemHttpResult MalformedId(string what) => ApiResults.BadRequest($"The {what} id must be a positive whole number");

    /// <summary>"1", "true" and "yes" (any case) are on; anything else, or nothing, is off.</summary>
    public static bool ParseFlag(string? raw) =>
        raw is not null && (raw == "1" || raw.Equals("true", StringComparison.OrdinalIgnoreCase) || raw.Equals("yes", StringComparison.OrdinalIgnoreCase));
}
