using System.Globalization;
using QommerceHub.Contracts;

namespace QommerceHub.Notifications.Rendering;

/// <summary>How amounts and order statuses read in emails.</summary>
public static class MailFormat
{
    public static string Money(decimal amount, string? currency) =>
        $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency ?? "USD"}".TrimEnd();

    public static string StatusLabel(string status) => status switch
    {
        OrderStatuses.Pending => "received",
        OrderStatuses.Processing => "being prepared",
        OrderStatuses.Completed => "completed",
        OrderStatuses.Cancelled => "cancelled",
        _ => status,
    };

    public static string StatusMessage(string status) => status switch
    {
        OrderStatuses.Processing => "We are preparing your order and will let you know when it is complete.",
        OrderStatuses.Completed => "Your order is complete. Thank you for shopping with us!",
        OrderStatuses.Cancelled => "Your order has been cancelled. If you had paid, the payment will be refunded.",
        _ => "We will keep you posted.",
    };
}
