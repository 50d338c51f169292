using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Reporting.Exports;

/// <summary>
/// The sales export's date range: <c>from</c> and <c>to</c> are days (<c>YYYY-MM-DD</c>, both included) or exact
/// ISO 8601 instants; either may be left out for an open end.
/// </summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset Until)
{
    public static ReportPeriod? Read(string? from, string? to, FieldErrors errors)
    {
        var start = DateInput.ReadDayOrInstant(errors, "from", from)?.Start ?? DateTimeOffset.MinValue;
        // A whole day: "to" runs up to the start of the next day, exclusive.
        var end = DateInput.ReadDayOrInstant(errors, "to", to)?.EndExclusive ?? DateTimeOffset.MaxValue;
        if (errors.Any) return null;
        if (end <= start)
        {
            errors.Add("to", "To must not be before from");
            return null;
        }
        return new ReportPeriod(start, end);
    }
}
