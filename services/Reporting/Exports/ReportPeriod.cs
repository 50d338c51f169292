using System.Globalization;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Reporting.Exports;

/// <summary>
/// The sales export's date range: its start and end are days (<c>YYYY-MM-DD</c>, both included) or exact
/// ISO 8601 instants; either may be left out for an open end. Errors name the fields the client sent.
/// </summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset Until)
{
    public static ReportPeriod? Read(string? from, string? to, FieldErrors errors, string fromField = "from", string toField = "to")
    {
        var start = Parse(from, fromField, endOfDay: false, errors) ?? DateTimeOffset.MinValue;
        var end = Parse(to, toField, endOfDay: true, errors) ?? DateTimeOffset.MaxValue;
        if (errors.Any) return null;
        if (end <= start)
        {
            errors.Add(toField, $"{Label(toField)} must not be before {fromField}");
            return null;
        }
        return new ReportPeriod(start, end);
    }

    private static DateTimeOffset? Parse(string? raw, string field, bool endOfDay, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        raw = raw.Trim();
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // A whole day: "to" runs up to the start of the next day, exclusive.
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }
        if (raw.Length > 10 && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return instant;
        errors.Add(field, $"{Label(field)} must be a date (YYYY-MM-DD) or an ISO 8601 date and time");
        return null;
    }

    private static string Label(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}
