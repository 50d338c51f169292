using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Notifications.Model;

/// <summary>
/// Notifications' replica of who placed an order (from OrderConfirmed), so events that name only the order
/// (a refund) can still reach the customer.
/// </summary>
[NotTenantFiltered("Read by consumers by (tenant, order) from the event; no API serves it")]
public sealed class OrderContact
{
    public int TenantId { get; set; }
    public int OrderId { get; set; }
    public required string CustomerName { get; set; }
    public string? CustomerEmail { get; set; }
    public required string Currency { get; set; }
}
