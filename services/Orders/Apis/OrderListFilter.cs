using System.Globalization;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Orders.Apis;

/// <summary>
/// The orders list's filters: status (an unknown one simply matches nothing), customer and a date range (a date-only
/// <c>to</c> includes that whole day).
/// </summary>
internal sealed record OrderListFilter(string? Status, int? CustomerId, DateTimeOffset? From, DateTimeOffset? ToExclusive)
{
    private static readonly string[] dateFormats = ["yyyy-MM-dd"];

    public static OrderListFilter Read(FieldErrors errors, string? status, string? customerId, string? from, string? to)
    {
        int? customer = null;
        if (!string.IsNullOrEmpty(customerId))
        {
            customer = ApiInput.ParseId(customerId);
            if (customer is null) errors.Add("customer_id", "Customer id must be a positive whole number");
        }

        var start = ReadDate(errors, "from", from, endOfDay: false);
        var end = ReadDate(errors, "to", to, endOfDay: true);
        if (start is not null && end is not null && start >= end) errors.Add("to", "The date range ends before it starts");
        return new OrderListFilter(string.IsNullOrEmpty(status) ? null : status, customer, start, end);
    }

    private static DateTimeOffset? ReadDate(FieldErrors errors, string field, string? raw, bool endOfDay)
    {
        if (string.IsNullOrEmpty(raw)) return null;
        if (DateOnly.TryParseExact(raw, dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? midnight.AddDays(1) : midnight;
        }
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return endOfDay ? instant.AddTicks(1) : instant;

        errors.Add(field, $"{char.ToUpperInvariant(field[0])}{field[1..]} must be a date (YYYY-MM-DD) or an ISO 8601 date and time");
        return null;
    }
}
