using System.Globalization;

namespace QommerceHub.Catalog.Apis;

/// <summary>Optimistic concurrency on edits: the client may say which version it edited in If-Match (or in the body).</summary>
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
}
