using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

/// <summary>Optimistic concurrency on edits: the client says which version it edited, via If-Match or the body.</summary>
internal static class ItemVersions
{
    /// <summary>Reads If-Match as a version; <c>*</c> or no header means "any". False when it is not one of ours.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return true;
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (long.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }
        return false;
    }

    public static ProblemHttpResult? Stale(Product product, long? ifMatch, long? bodyVersion)
    {
        var extra = new Dictionary<string, object?> { ["current_version"] = product.Version };
        if (ifMatch is { } tag && tag != product.Version)
            return ApiResults.Error(StatusCodes.Status412PreconditionFailed, "The item has changed since you loaded it (If-Match does not match)", extra);
        if (bodyVersion is { } version && version != product.Version)
            return ApiResults.Conflict("The item was changed by someone else; reload it and try again", extra);
        return null;
    }
}
