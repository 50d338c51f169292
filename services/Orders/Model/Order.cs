using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Model;

/// <summary>Who the order is for, copied onto it so it reads the same after the customer changes or is deleted.</summary>
public sealed record CustomerSnapshot(int Id, string Name, string? Email, string? Address);

/// <summary>What the saga must tell the other services after a payment arrived.</summary>
public enum PaymentReaction
{
    None,
    /// <summary>A pending order moved to processing: publish OrderStatusChanged.</summary>
    StartProcessing,
    /// <summary>The money arrived for an order already cancelled: publish OrderCancelled again so it is refunded.</summary>
    Refund,
}

/// <summary>What the saga must tell the other services after a stock reservation outcome.</summary>
public enum ReservationReaction
{
    None,
    /// <summary>Stock is held: publish OrderConfirmed.</summary>
    Confirm,
    /// <summary>Stock was held for an order already cancelled: publish OrderCancelled again so Catalog gives it back.</summary>
    Release,
}

/// <summary>
/// An order and the state of its saga (stock and payment). Every method is a pure state change; the caller
/// publishes what the return value says. The row's xmin guards against concurrent changes.
/// </summary>
public sealed class Order : ITenantOwned
{
    public int Id { get; private set; }
    public int TenantId { get; init; }
    public int CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerAddress { get; init; }
    public required string Currency { get; init; }
    public decimal TotalAmount { get; init; }
    public string? Notes { get; init; }
    public string Status { get; private set; } = OrderStatuses.Pending;
    public string StockStatus { get; private set; } = Model.StockStatus.Reserving;
    public string PaymentStatus { get; private set; } = Model.PaymentStatus.Unpaid;
    public string? CancellationReason { get; private set; }
    public List<StockShortfallLine> Shortfalls { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }
    public List<OrderLine> Lines { get; private set; } = [];

    public bool IsPaid => PaymentStatus is Model.PaymentStatus.Paid or Model.PaymentStatus.PartiallyRefunded;

    public static Order Place(int tenantId, CustomerSnapshot customer, PricedOrder priced, string currency, string? notes, DateTimeOffset now)
    {
        var order = new Order
        {
            TenantId = tenantId,
            CustomerId = customer.Id,
            CustomerName = customer.Name,
            CustomerEmail = customer.Email,
            CustomerAddress = customer.Address,
            Currency = currency,
            TotalAmount = priced.Total,
            Notes = notes,
            CreatedAt = now,
            UpdatedAt = now,
        };
        order.Lines.AddRange(priced.Lines.Select(l => new OrderLine
        {
            TenantId = tenantId, ProductId = l.ProductId, ProductName = l.ProductName, Sku = l.Sku, Quantity = l.Quantity, UnitPrice = l.UnitPrice,
        }));
        return order;
    }

    /// <summary>Moves the order along the workflow; the caller has checked the move with <see cref="OrderWorkflow"/>.</summary>
    public string ChangeStatus(string target, DateTimeOffset now)
    {
        var previous = Status;
        Status = target;
        if (target == OrderStatuses.Cancelled)
        {
            CancellationReason = CancellationReasons.CancelledByStore;
            // Catalog releases what it holds, and a reservation still in flight is dropped when it arrives.
            StockStatus = Model.StockStatus.Released;
        }
        UpdatedAt = now;
        return previous;
    }

    public ReservationReaction StockReserved(DateTimeOffset now)
    {
        if (StockStatus == Model.StockStatus.Reserving)
        {
            StockStatus = Model.StockStatus.Reserved;
            UpdatedAt = now;
            return ReservationReaction.Confirm;
        }
        // Catalog reserved after the store cancelled: give the stock back (Catalog ignores a second release).
        return Status == OrderStatuses.Cancelled && StockStatus == Model.StockStatus.Released
            ? ReservationReaction.Release
            : ReservationReaction.None;
    }

    /// <summary>Returns true when this cancelled the order (so the status change must be announced).</summary>
    public bool StockReservationFailed(IEnumerable<StockShortfallLine> shortfalls, DateTimeOffset now)
    {
        var wasReserving = StockStatus == Model.StockStatus.Reserving;
        var cancelledWhileReserving = Status == OrderStatuses.Cancelled && StockStatus == Model.StockStatus.Released;
        if (!wasReserving && !cancelledWhileReserving) return false;

        StockStatus = Model.StockStatus.Rejected;
        Shortfalls = [.. shortfalls];
        UpdatedAt = now;
        if (Status != OrderStatuses.Pending) return false;

        Status = OrderStatuses.Cancelled;
        CancellationReason = CancellationReasons.InsufficientStock;
        return true;
    }

    /// <summary>Records the payment; as in the original, a paid pending order moves on to processing.</summary>
    public PaymentReaction PaymentSucceeded(DateTimeOffset now)
    {
        if (Model.PaymentStatus.Rank(PaymentStatus) >= Model.PaymentStatus.Rank(Model.PaymentStatus.Paid)) return PaymentReaction.None;
        PaymentStatus = Model.PaymentStatus.Paid;
        UpdatedAt = now;
        if (Status == OrderStatuses.Cancelled) return PaymentReaction.Refund;
        if (Status != OrderStatuses.Pending) return PaymentReaction.None;
        Status = OrderStatuses.Processing;
        return PaymentReaction.StartProcessing;
    }

    public void PaymentRefunded(bool fully, DateTimeOffset now)
    {
        var target = fully ? Model.PaymentStatus.Refunded : Model.PaymentStatus.PartiallyRefunded;
        if (Model.PaymentStatus.Rank(target) <= Model.PaymentStatus.Rank(PaymentStatus)) return;
        PaymentStatus = target;
        UpdatedAt = now;
    }
}
