using QommerceHub.Contracts;

namespace QommerceHub.Catalog.Model;

/// <summary>
/// All-or-nothing reservation maths: every line of an order is reserved, or none is and each short line is reported.
/// </summary>
public sealed record ReservationPlan(IReadOnlyList<ReservationRequest> Lines, IReadOnlyList<StockShortfall> Shortfalls)
{
    public bool CanReserve => Shortfalls.Count == 0;

    /// <param name="lines">The order's lines; the same product on several lines is reserved as one.</param>
    /// <param name="stock">Levels of the products that can be sold (existing, not deleted).</param>
    public static ReservationPlan For(IEnumerable<ReservationRequest> lines, IReadOnlyDictionary<int, StockLevel> stock)
    {
        var merged = lines
            .GroupBy(l => l.ProductId)
            .Select(g => new ReservationRequest(g.Key, (int)Math.Min(int.MaxValue, g.Sum(l => (long)l.Quantity))))
            .OrderBy(l => l.ProductId)
            .ToList();

        var shortfalls = new List<StockShortfall>();
        foreach (var line in merged)
        {
            var available = stock.TryGetValue(line.ProductId, out var level) ? level.Available : 0;
            if (line.Quantity <= 0 || line.Quantity > available)
                shortfalls.Add(new StockShortfall(line.ProductId, line.Quantity, available));
        }
        return new ReservationPlan(merged, shortfalls);
    }
}
