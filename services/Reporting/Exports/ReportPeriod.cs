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
        var start = DateInput.ReadDayOrInstant(errors, fromField, from)?.Start ?? DateTimeOffset.MinValue;
        // A whole day: "to" runs up to the start of the next day, exclusive.
        var end = DateInput.ReadDayOrInstant(errors, toField, to)?.EndExclusive ?? DateTimeOffset.MaxValue;
        if (errors.Any) return null;
        if (end <= start)
        {
            errors.Add(toField, $"{Label(toField)} must not be before {fromField}");
            return null;
        }
        return new ReportPeriod(start, end);
    }

    private static string Label(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}
