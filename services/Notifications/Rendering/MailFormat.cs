using System.Globalization;

namespace QommerceHub.Notifications.Rendering;

/// <summary>How amounts and order statuses read in emails.</summary>
public static class MailFormat
{
    public static string Money(decimal amount, string? currency) =>
        $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency ?? "USD"}".TrimEnd();

    public static string StatusLabel(string status) => status switch
    {
        "pending" => "received",
        "processing" => "being prepared",
        "completed" => "completed",
        "cancelled" => "cancelled",
        _ => status,
    };

    public static string StatusMessage(string status) => status switch
    {
        "processing" => "We are preparing your order and will let you know when it is complete.",
        "completed" => "Your order is complete. Thank you for shopping with us!",
        "cancelled" => "Your order has been cancelled. If you had paid, the payment will be refunded.",
        _ => "We will keep you posted.",
    };
}
