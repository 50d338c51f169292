using System.Globalization;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>A date or instant read from a query: when it is, and whether it named a whole (UTC) day.</summary>
public readonly record struct DatePoint(DateTimeOffset Start, bool IsWholeDay)
{
    /// <summary>The end of the named day (the next midnight), or the instant itself.</summary>
    public DateTimeOffset EndExclusive => IsWholeDay ? Start.AddDays(1) : Start;
}

/// <summary>
/// The one reading of dates in queries (sales CSV, analytics, the orders list): <c>YYYY-MM-DD</c> or an ISO 8601
/// instant, within years <see cref="FirstYear"/> to <see cref="LastYear"/>. Edge dates such as 0001-01-01 or
/// 9999-12-31 are a 400 with a field error; without the bound, a day's end or a time-zone shift overflowed into a 500.
/// </summary>
public static class DateInput
{
    public const int FirstYear = 1900;
    public const int LastYear = 2999;

    /// <summary>A day only (<c>YYYY-MM-DD</c>); null and an error when it is not one in range, null alone when absent.</summary>
    public static DateOnly? ReadDay(FieldErrors errors, string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return InRange(day.Year) ? day : OutOfRange<DateOnly>(errors, field);
        errors.Add(field, $"{Label(field)} must be a date like 2025-01-31");
        return null;
    }

    /// <summary>A day or an instant; null and an error when it is neither in range, null alone when absent.</summary>
    public static DatePoint? ReadDayOrInstant(FieldErrors errors, string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        raw = raw.Trim();
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (!InRange(day.Year)) return OutOfRange<DatePoint>(errors, field);
            return new DatePoint(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), IsWholeDay: true);
        }
        if (raw.Length > 10 && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return InRange(instant.UtcDateTime.Year) ? new DatePoint(instant.ToUniversalTime(), IsWholeDay: false) : OutOfRange<DatePoint>(errors, field);
        errors.Add(field, $"{Label(field)} must be a date (YYYY-MM-DD) or an ISO 8601 date and time");
        return null;
    }

    private static bool InRange(int year) => year is >= FirstYear and <= LastYear;

    private static T? OutOfRange<T>(FieldErrors errors, string field) where T : struct
    {
        errors.Add(field, $"{Label(field)} must be between {FirstYear}-01-01 and {LastYear}-12-31");
        return null;
    }

    private static string Label(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}
