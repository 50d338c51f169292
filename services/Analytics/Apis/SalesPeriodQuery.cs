using System.Globalization;
using QommerceHub.Analytics.Model;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Analytics.Apis;

/// <summary>
/// Reads the period of <c>GET /api/analytics/sales</c>: <c>days</c> (1–365 ending today; as in the original, any
/// other value means 30) or, ours, <c>from</c> and <c>to</c> (local dates, inclusive, at most <see cref="MaxDays"/>
/// days), in <c>tz</c> (an IANA zone such as Europe/Berlin; default UTC). The 7, 30 and 90 day periods are served
/// from ranking windows.
/// </summary>
public static class SalesPeriodQuery
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;
    public const int MaxLastDays = 365;
    public static readonly IReadOnlyList<int> WindowDays = [7, 30, 90];

    public static ReportPeriod? Read(FieldErrors errors, string? days, string? from, string? to, string? tz, DateTimeOffset now)
    {
        var zone = ReadZone(errors, tz);
        if (days is not null && (from is not null || to is not null))
        {
            errors.Add("days", "Use either days or from and to, not both");
            return null;
        }
        if (from is not null || to is not null) return ReadRange(errors, from, to, zone);

        if (errors.Any || zone is null) return null;
        var lastDays = int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked is >= 1 and <= MaxLastDays
            ? asked
            : DefaultDays;
        var period = ReportPeriod.LastDays(lastDays, zone, now);
        return WindowDays.Contains(lastDays) ? period : period with { WindowDays = null };
    }

    private static TimeZoneInfo? ReadZone(FieldErrors errors, string? tz)
    {
        if (tz is null) return TimeZoneInfo.Utc;
        if (tz.Length is > 0 and <= 100 && TimeZoneInfo.TryFindSystemTimeZoneById(tz, out var zone)) return zone;
        errors.Add("tz", "Time zone must be an IANA name such as Europe/Berlin");
        return null;
    }

    private static ReportPeriod? ReadRange(FieldErrors errors, string? from, string? to, TimeZoneInfo? zone)
    {
        var start = ReadDate(errors, "from", from);
        var end = ReadDate(errors, "to", to);
        if (start is { } first && end is { } last)
        {
            if (last < first) errors.Add("to", "To must not be before from");
            else if (last.DayNumber - first.DayNumber + 1 > MaxDays) errors.Add("to", $"A period can be at most {MaxDays} days");
        }
        return errors.Any || zone is null ? null : new ReportPeriod(start!.Value, end!.Value, zone);
    }

    private static DateOnly? ReadDate(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{char.ToUpperInvariant(field[0])}{field[1..]} is required with a custom period");
            return null;
        }
        return DateInput.ReadDay(errors, field, value);
    }
}
