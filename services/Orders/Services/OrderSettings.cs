namespace QommerceHub.Orders.Services;

/// <summary>The <c>Orders</c> configuration section.</summary>
public sealed class OrderSettings
{
    public const string Section = "Orders";

    /// <summary>How long <c>POST /api/orders</c> waits for Catalog's reservation outcome before answering 202.</summary>
    public double ReservationWaitSeconds { get; set; } = 3;

    public string Currency { get; set; } = "USD";

    public TimeSpan ReservationWait => TimeSpan.FromSeconds(Math.Clamp(ReservationWaitSeconds, 0, 30));
}
