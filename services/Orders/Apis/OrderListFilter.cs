using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Orders.Apis;

/// <summary>
/// The orders list's filters: status (an unknown one simply matches nothing), customer and a date range (a date-only
/// <c>to</c> includes that whole day).
/// </summary>
internal sealed record OrderListFilter(string? Status, int? CustomerId, DateTimeOffset? From, DateTimeOffset? ToExclusive)
{
    public static OrderListFilter Read(FieldErrors errors, string? status, string? customerId, string? from, string? to)
    {
        int? customer = null;
        if (!string.IsNullOrEmpty(customerId))
        {
            customer = ApiInput.ParseId(customerId);
            if (customer is null) errors.Add("customer_id", "Customer id must be a positive whole number");
        }

        var start = DateInput.ReadDayOrInstant(errors, "from", from)?.Start;
        // A day includes all of it; an instant includes itself.
        var end = DateInput.ReadDayOrInstant(errors, "to", to) is { } point ? (point.IsWholeDay ? point.EndExclusive : point.Start.AddTicks(1)) : (DateTimeOffset?)null;
        if (start is not null && end is not null && start >= end) errors.Add("to", "The date range ends before it starts");
        return new OrderListFilter(string.IsNullOrEmpty(status) ? null : status, customer, start, end);
    }
}
