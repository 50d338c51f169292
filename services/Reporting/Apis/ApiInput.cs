using System.Globalization;

namespace QommerceHub.Reporting.Apis;

/// <summary>Reading ids and common answers, so every endpoint says the same thing the same way.</summary>
internal static class ApiInput
{
    /// <summary>Ids are positive integers; anything else in the path is a 400, not a 404.</summary>
    public static int? ParseId(string? raw) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
