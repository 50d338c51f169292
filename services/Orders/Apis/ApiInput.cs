using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Orders.Apis;

/// <summary>Reading ids and the common answers, so every endpoint says the same thing the same way.</summary>
internal static class ApiInput
{
    /// <summary>Ids are positive integers; anything else in the path is a 400, not a 404.</summary>
    public static int? ParseId(string? raw) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    public static ProblemHttpResult MalformedId(string what) => ApiResults.BadRequest($"The {what} id must be a positive whole number");

    /// <summary>Unknown, deleted and other stores' rows all look the same: not found.</summary>
    public static ProblemHttpResult CustomerNotFound() => ApiResults.NotFound("Customer");

    public static ProblemHttpResult OrderNotFound() => ApiResults.NotFound("Order");
}
